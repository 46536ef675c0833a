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
  // The stage labels the map names, as onlinewardleymaps.com's MapEnvironment passes them (a
  // stage the line does not name is undefined there too, so drawn blank).
  const [genesis, custom, product, commodity] = map.evolution.map(s => ({l1: s.line1, l2: s.line2}));
  const stages = map.evolution.length === 4 ? {genesis, custom, product, commodity} : Defaults.EvolutionStages;
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
          mapEvolutionStates={stages}
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
