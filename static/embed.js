/* Parallax iframe loader, for host pages:

     <iframe src="https://…/index.html?embed#/…" title="…" data-parallax
             data-parallax-mirror="parallax" height="720" …></iframe>
     <script src="https://…/embed.js" async></script>

   - Sizes every <iframe data-parallax> to the reader's height as it changes.
   - Mirrors the view shown in the page's own address (?parallax=/compare/…,
     the name from data-parallax-mirror) and, when the page opens with one,
     opens the frame on that view: a shared article reopens the embed there.
   - Fires `parallax:view` on the iframe, with the view's hash as detail.

   Frames a page adds after this script ran (a CMS that renders late, an
   infinite scroll) are taken up when their reader first speaks.

   It believes only messages of Parallax's own shape that come from the
   window inside one of those iframes and from the origin of its src; anything
   else is ignored. A classic script with no dependencies, safe to load twice. */
(function () {
  'use strict';
  if (window.parallaxEmbed) return;
  window.parallaxEmbed = { version: 1 };

  var MAX_HEIGHT = 100000;
  var ROUTE = /^#\/[A-Za-z0-9_.\/-]{0,300}$/;
  var NAME = /^[A-Za-z0-9_-]{1,40}$/;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-parallax]'));
  }
  function srcOf(frame) {
    try { return new URL(frame.src, location.href); } catch (e) { return null; }
  }
  function mirrorName(frame) {
    var name = frame.getAttribute('data-parallax-mirror');
    return name && NAME.test(name) ? name : null;
  }
  function setParam(name, value) {
    var url = new URL(location.href);
    if (url.searchParams.get(name) === value) return;
    if (value === null) url.searchParams.delete(name); else url.searchParams.set(name, value);
    // Slashes are legal in a query; unescaped, the address stays readable.
    url.search = url.search.replace(/%2F/gi, '/');
    history.replaceState(history.state, '', url.href);
  }

  // The view each frame was first given: showing it again clears the mirror.
  var firstView = new WeakMap();
  // The mirrored view a frame is to be moved to once its reader has started.
  var pending = new WeakMap();

  function start(frame) {
    var src = srcOf(frame);
    if (!src) return;
    firstView.set(frame, src.hash || '#/');
    var name = mirrorName(frame);
    var mirrored = name && new URL(location.href).searchParams.get(name);
    // Moved only when its reader says which view it shows: changing the
    // address of a frame still loading can leave it on the first view.
    if (mirrored && ROUTE.test('#' + mirrored) && src.hash !== '#' + mirrored) pending.set(frame, '#' + mirrored);
    // Ask a reader that loaded before this script for its height and view.
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'parallax:hello' }, src.origin);
  }

  function show(frame, src, hash) {
    src.hash = hash;
    frame.src = src.href;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (data === null || typeof data !== 'object' || typeof data.type !== 'string') return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      var src = srcOf(frame);
      if (!src || event.source !== frame.contentWindow || event.origin !== src.origin) continue;
      // A frame added after this script ran: its first view and any mirrored
      // view are read now, before its first message is acted on.
      if (!firstView.has(frame)) start(frame);
      if (data.type === 'parallax:resize' && typeof data.height === 'number' &&
          isFinite(data.height) && data.height > 0 && data.height <= MAX_HEIGHT) {
        frame.style.height = Math.ceil(data.height) + 'px';
      } else if (data.type === 'parallax:view' && typeof data.hash === 'string' && ROUTE.test(data.hash)) {
        var wanted = pending.get(frame);
        if (wanted) {
          pending.delete(frame);
          if (wanted !== data.hash) return show(frame, src, wanted);
        }
        var name = mirrorName(frame);
        if (name) setParam(name, data.hash === firstView.get(frame) ? null : data.hash.slice(1));
        frame.dispatchEvent(new CustomEvent('parallax:view', { detail: { hash: data.hash } }));
      }
      return;
    }
  });

  frames().forEach(start);
})();
