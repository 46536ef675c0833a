// wardley serve: the live preview page. Redraws on every save (server-sent events), keeps the
// scroll and zoom, shows the diagnostics, and writes a dragged component's place to the file.
"use strict";
(() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  // Shapes that draw a component (their class is the component's role), moved while dragging.
  const SHAPES = new Set([
    "need", "capability", "user", "method-build", "method-buy", "method-outsource", "market",
    "ecosystem",
  ]);
  const HIT = 12; // CSS pixels around a component's centre that pick it up
  const $ = (id) => document.getElementById(id);
  const config = JSON.parse($("config").textContent);
  const picture = $("picture");
  const params = new URLSearchParams(location.search);
  const settings = {
    theme: params.get("theme") ?? "",
    state: params.get("state") ?? "both",
    diff: params.get("diff") ?? config.diff,
  };
  if (settings.theme && !config.themes.includes(settings.theme)) settings.theme = "";
  if (!config.states.includes(settings.state)) settings.state = "both";
  if (!config.diffs.some((d) => d.value === settings.diff)) settings.diff = config.diff;

  // For people debugging the page, and for the tests.
  const preview = (window.wardleyPreview = {
    settings, version: null, positions: null, frame: null, draggable: false, renders: 0,
    lastMove: null, live: false,
  });

  // ---- controls -------------------------------------------------------------------------------
  function fill(select, options, value) {
    for (const [optionValue, label] of options) {
      const option = document.createElement("option");
      option.value = optionValue;
      option.textContent = label;
      select.append(option);
    }
    select.value = value;
  }
  fill($("theme"), [["", "the map's style"], ...config.themes.map((t) => [t, t])], settings.theme);
  fill($("state"), config.states.map((s) => [s, s]), settings.state);
  fill($("diff"), config.diffs.map((d) => [d.value, d.label]), settings.diff);
  $("diff").disabled = config.diffs.length < 2;
  for (const key of ["theme", "state", "diff"]) {
    $(key).addEventListener("change", (event) => {
      settings[key] = event.target.value;
      history.replaceState(null, "", "?" + query());
      updateDownloads();
      refresh();
    });
  }

  function query() {
    const q = new URLSearchParams();
    if (settings.theme) q.set("theme", settings.theme);
    q.set("state", settings.state);
    if (settings.diff) q.set("diff", settings.diff);
    return q.toString();
  }

  function updateDownloads() {
    for (const fmt of ["svg", "png", "pdf"]) $("download-" + fmt).href = `/download.${fmt}?${query()}`;
  }
  updateDownloads();

  // A message about the last drag outlives the redraw it causes, for a few seconds.
  let notice = null;
  function setNotice(text, kind) {
    notice = { text, kind, until: Date.now() + 6000 };
    setStatus(text, kind);
  }

  function setStatus(text, kind) {
    const status = $("status");
    status.textContent = text;
    status.className = kind || "";
  }

  // ---- zoom: kept across redraws and reloads ------------------------------------------------
  let zoom = Number(sessionStorage.getItem("wardley-serve-zoom")) || 1; // 0: fit the window
  function naturalWidth(svg) {
    return svg.viewBox.baseVal?.width || svg.width.baseVal.value || 1000;
  }
  function applyZoom() {
    const svg = picture.querySelector("svg");
    if (!svg) return;
    svg.style.width = zoom === 0 ? "100%" : `${naturalWidth(svg) * zoom}px`;
    $("zoom-reset").textContent = zoom === 0 ? "Fit" : `${Math.round(zoom * 100)}%`;
  }
  function setZoom(value) {
    zoom = value === 0 ? 0 : Math.min(8, Math.max(0.1, value));
    sessionStorage.setItem("wardley-serve-zoom", String(zoom));
    applyZoom();
  }
  function currentZoom() {
    const svg = picture.querySelector("svg");
    if (zoom !== 0 || !svg) return zoom || 1;
    return svg.getBoundingClientRect().width / naturalWidth(svg);
  }
  $("zoom-in").addEventListener("click", () => setZoom(currentZoom() * 1.25));
  $("zoom-out").addEventListener("click", () => setZoom(currentZoom() / 1.25));
  $("zoom-reset").addEventListener("click", () => setZoom(1));
  $("zoom-fit").addEventListener("click", () => setZoom(0));
  picture.addEventListener(
    "wheel",
    (event) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      setZoom(currentZoom() * (event.deltaY < 0 ? 1.1 : 1 / 1.1));
    },
    { passive: false },
  );

  // ---- drawing --------------------------------------------------------------------------------
  let busy = false;
  let again = false;
  let drag = null;
  let deferred = false;

  async function refresh() {
    if (drag) {
      deferred = true; // redraw once the drag is over
      return;
    }
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        await load();
      } while (again && !drag);
    } finally {
      busy = false;
    }
  }

  async function load() {
    const q = query();
    let data;
    try {
      const response = await fetch("/render?" + q, { cache: "no-store" });
      data = await response.json();
      if (!response.ok) throw new Error(data.error || response.statusText);
    } catch (error) {
      setStatus(`cannot load the picture: ${error.message}`, "error");
      return;
    }
    if (q !== query()) {
      again = true; // the settings changed while this was drawn
      return;
    }
    if (drag) {
      deferred = true;
      return;
    }
    show(data);
    loadPositions(data.version, q);
  }

  function parseSvg(text) {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const root = doc.documentElement;
    if (root.nodeName !== "svg" || doc.getElementsByTagName("parsererror").length) return null;
    return document.importNode(root, true);
  }

  function show(data) {
    preview.version = data.version;
    preview.draggable = data.draggable;
    preview.positions = null;
    if (data.svg) {
      const svg = parseSvg(data.svg);
      if (svg) {
        const { scrollLeft, scrollTop } = picture;
        picture.replaceChildren(svg);
        applyZoom();
        picture.scrollLeft = scrollLeft;
        picture.scrollTop = scrollTop;
      }
    } else if (!picture.querySelector("svg")) {
      const empty = document.createElement("p");
      empty.className = "empty";
      empty.textContent = "No picture yet: fix the errors below.";
      picture.replaceChildren(empty);
    }
    picture.classList.toggle("stale", Boolean(data.stale));
    $("state").disabled = data.mode === "diff"; // a diff compares today's maps
    picture.classList.toggle("draggable", Boolean(data.draggable));
    picture.dataset.version = data.version;
    showDiagnostics(data.diagnostics);
    showChanges(data);
    for (const fmt of ["svg", "png", "pdf"]) {
      $("download-" + fmt).classList.toggle("disabled", !data.svg);
    }
    const time = new Date().toLocaleTimeString();
    if (data.errors) {
      const what = `${data.errors} error${data.errors === 1 ? "" : "s"}`;
      setStatus(data.stale ? `${what}: showing the last good picture` : what, "error");
    } else if (notice && Date.now() < notice.until) {
      setStatus(notice.text, notice.kind);
    } else {
      setStatus(`live · updated ${time}`, preview.live ? "ok" : "offline");
    }
    document.title = `${data.errors ? "✗ " : ""}${config.name} — wardley serve`;
    $("hint").hidden = !data.draggable;
    preview.renders += 1;
  }

  function showDiagnostics(messages) {
    const box = $("diagnostics");
    box.replaceChildren();
    if (!messages.length) {
      const none = document.createElement("p");
      none.className = "none";
      none.textContent = "No problems.";
      box.append(none);
      return;
    }
    for (const message of messages) {
      const pre = document.createElement("pre");
      pre.className = `diag ${message.severity}`;
      pre.textContent = message.text;
      box.append(pre);
    }
  }

  function showChanges(data) {
    const section = $("changes");
    section.hidden = data.mode !== "diff";
    if (section.hidden) return;
    $("summary").textContent = data.summary || "";
    const list = $("change-list");
    list.replaceChildren();
    for (const [mark, text] of data.changes) {
      const item = document.createElement("li");
      item.textContent = `${mark} ${text}`;
      list.append(item);
    }
  }

  async function loadPositions(version, q) {
    if (!preview.draggable) return;
    try {
      const response = await fetch("/positions?" + q, { cache: "no-store" });
      const data = await response.json();
      if (!response.ok || data.version !== preview.version || q !== query()) return;
      preview.positions = data.items;
      preview.frame = data.frame;
    } catch (error) {
      preview.positions = null;
    }
  }

  // ---- dragging -------------------------------------------------------------------------------
  function toSvg(svg, clientX, clientY) {
    const matrix = svg.getScreenCTM();
    if (!matrix) return null;
    return new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  }

  function nearest(svg, point) {
    if (!point || !preview.positions) return null;
    const matrix = svg.getScreenCTM();
    let best = null;
    let bestDistance = HIT / (matrix ? Math.abs(matrix.a) || 1 : 1);
    for (const item of preview.positions) {
      const distance = Math.hypot(item.x - point.x, item.y - point.y);
      if (distance <= bestDistance) {
        best = item;
        bestDistance = distance;
      }
    }
    return best;
  }

  function shapesAt(svg, item) {
    const out = [];
    // (OWM's text-only users are drawn as their name: a <text class="user">.)
    for (const element of svg.querySelectorAll("circle, rect, path, text")) {
      if (!SHAPES.has(element.getAttribute("class"))) continue;
      const box = element.getBBox();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      if (Math.abs(cx - item.x) < 10 && Math.abs(cy - item.y) < 12) out.push(element);
    }
    return out;
  }

  function mapCoordinates(x, y) {
    const f = preview.frame;
    if (!f) return "";
    const clamp = (v) => Math.min(1, Math.max(0, v));
    const evolution = clamp((x - f.left) / (f.right - f.left));
    const visibility = clamp(1 - (y - f.top) / (f.bottom - f.top));
    return `[${visibility.toFixed(2)}, ${evolution.toFixed(2)}]`;
  }

  function endDrag(state, keep) {
    if (!keep) {
      for (const element of state.shapes) element.removeAttribute("transform");
      state.ring.remove();
    }
    picture.classList.remove("dragging");
    if (deferred) {
      deferred = false;
      refresh();
    }
  }

  picture.addEventListener("pointerdown", (event) => {
    if (event.button !== 0 || !preview.draggable || drag) return;
    const svg = picture.querySelector("svg");
    if (!svg) return;
    const start = toSvg(svg, event.clientX, event.clientY);
    const item = nearest(svg, start);
    if (!item) return;
    event.preventDefault();
    picture.setPointerCapture(event.pointerId);
    const ring = document.createElementNS(SVG_NS, "circle");
    ring.setAttribute("class", "drag-ring");
    ring.setAttribute("cx", item.x);
    ring.setAttribute("cy", item.y);
    ring.setAttribute("r", 13);
    svg.append(ring);
    drag = { item, svg, start, dx: 0, dy: 0, shapes: shapesAt(svg, item), ring };
    picture.classList.add("dragging");
  });

  picture.addEventListener("pointermove", (event) => {
    const svg = picture.querySelector("svg");
    if (!drag) {
      if (svg && preview.draggable) {
        const near = nearest(svg, toSvg(svg, event.clientX, event.clientY));
        picture.classList.toggle("near", Boolean(near));
      }
      return;
    }
    const point = toSvg(drag.svg, event.clientX, event.clientY);
    if (!point) return;
    drag.dx = point.x - drag.start.x;
    drag.dy = drag.item.axis === "x" ? 0 : point.y - drag.start.y;
    const transform = `translate(${drag.dx} ${drag.dy})`;
    for (const element of drag.shapes) element.setAttribute("transform", transform);
    drag.ring.setAttribute("transform", transform);
    setStatus(`${drag.item.name} → ${mapCoordinates(drag.item.x + drag.dx, drag.item.y + drag.dy)}`);
  });

  picture.addEventListener("pointercancel", () => {
    if (!drag) return;
    const state = drag;
    drag = null;
    endDrag(state, false);
  });

  picture.addEventListener("pointerup", async () => {
    if (!drag) return;
    const state = drag;
    drag = null;
    if (Math.hypot(state.dx, state.dy) < 1) {
      endDrag(state, false);
      return;
    }
    const { item } = state;
    const body = {
      index: item.index,
      name: item.name,
      x: item.x + state.dx,
      y: item.y + state.dy,
      version: preview.version,
      theme: settings.theme,
      state: settings.state,
    };
    let ok = false;
    try {
      const response = await fetch("/move", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const data = await response.json();
      if (response.ok) {
        ok = true;
        preview.lastMove = data;
        setNotice(`moved ${item.name}: line ${data.line} is now ${data.after.trim()}`, "ok");
      } else {
        setNotice(`not moved: ${data.error}`, "error");
      }
    } catch (error) {
      setNotice(`not moved: ${error.message}`, "error");
    }
    // Moved: the shapes stay where they were dropped until the new picture replaces them.
    endDrag(state, ok);
    deferred = false;
    refresh();
  });

  // ---- live updates ---------------------------------------------------------------------------
  function connect() {
    const source = new EventSource("/events");
    source.addEventListener("hello", () => {
      preview.live = true;
      refresh(); // the first connection, or the server is back
    });
    source.addEventListener("change", () => refresh());
    source.addEventListener("error", () => {
      preview.live = false;
      setStatus("disconnected: is wardley serve still running?", "offline");
    });
  }

  refresh();
  connect();
})();
