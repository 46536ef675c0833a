"""The layout stage: where each component, label and leader line goes, in pixels.

- :mod:`~wardley.geometry.placement`: a map's components on the evolution × visibility plane
  (positions written by the author, or found for them).
- :mod:`~wardley.geometry.labels`: each label beside its own symbol, clear of the others.
- :mod:`~wardley.geometry.measure`: text widths from the metrics of the font the pictures use.
- :mod:`~wardley.geometry.readability`: the checker that says how readable a laid-out map is.
"""
