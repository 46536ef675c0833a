// OnlineWardleyMaps' engine (the npm package wmlandscape) in a page, for compare.py.
// window.renderOWM(text, width, height) parses OWM text with the engine's own converter and
// renders its MapView, the component that draws the map on onlinewardleymaps.com.
import React from 'react';
import {flushSync} from 'react-dom';
import {createRoot} from 'react-dom/client';
import {
  Defaults,
  FeatureSwitches,
  FeatureSwitchesProvider,
  MapStyles,
  MapView,
  UnifiedConverter,
} from 'wmlandscape';

const STYLES = {wardley: 'Wardley', colour: 'Colour', handwritten: 'Handwritten', dark: 'Dark'};
const nothing = () => {};

window.renderOWM = (text, width, height) => {
  const switches = FeatureSwitches.featureSwitches;
  const map = new UnifiedConverter(switches).parse(text);
  const style = MapStyles[STYLES[(map.presentation && map.presentation.style) || ''] || 'Plain'];
  const size = {width, height};
  const root = createRoot(document.getElementById('root'));
  flushSync(() =>
    root.render(
      <FeatureSwitchesProvider value={switches}>
        <MapView
          mapText={text}
          wardleyMap={map}
          mapTitle={map.title}
          mapStyleDefs={style}
          mapDimensions={size}
          mapCanvasDimensions={size}
          mapEvolutionStates={Defaults.EvolutionStages}
          evolutionOffsets={Defaults.EvoOffsets}
          mapAnnotationsPresentation={map.presentation.annotations}
          showLinkedEvolved={false}
          showWysiwygToolbar={false}
          mapOnlyView={true}
          mutateMapText={nothing}
          setHighlightLine={nothing}
          setNewComponentContext={nothing}
          launchUrl={nothing}
        />
      </FeatureSwitchesProvider>,
    ),
  );
  return map.errors.length;
};
