(function () {
  "use strict";
  var tip = document.getElementById("tip"), cur = null, lit = [];
  function line(t, c) { var d = document.createElement("div"); d.className = c; d.textContent = t; tip.appendChild(d); }
  function show(t) {
    var m = t && t.closest ? t.closest("#text .m, #text .fm") : null;
    if (m === cur) return;
    cur = m;
    lit.forEach(function (e) { e.classList.remove("hl"); });
    lit = [];
    if (!m) { tip.hidden = true; return; }
    tip.textContent = "";
    var f = null;
    for (var e = m, n = 0; e; e = e.parentElement.closest("#text .m"), n++) {
      var h = e.classList.contains("c") ? document.getElementById(e.getAttribute("data-r")) : e;
      if (f === null) f = e.getAttribute("data-f");
      if (!h || n > 3) continue;
      if (n) { line(h.getAttribute("data-p") + ": " + h.getAttribute("data-v"), "o"); continue; }
      line(h.getAttribute("data-p"), "p");
      line(h.getAttribute("data-v"), "v");
      if (h.getAttribute("data-d")) line(h.getAttribute("data-d"), "d");
    }
    if (f !== null) {
      lit = Array.prototype.slice.call(document.querySelectorAll('#text .m[data-f="' + f + '"]'));
      lit.forEach(function (e) { e.classList.add("hl"); });
    }
    if (m.matches(":focus")) m.setAttribute("aria-describedby", "tip");
    tip.hidden = false;
    var r = m.getClientRects()[0] || m.getBoundingClientRect();
    var x = Math.max(8, Math.min(r.left, innerWidth - tip.offsetWidth - 8)), y = r.bottom + 6;
    if (y + tip.offsetHeight > innerHeight - 8) y = Math.max(8, r.top - tip.offsetHeight - 6);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  document.addEventListener("mouseover", function (e) { show(e.target); });
  document.addEventListener("focusin", function (e) { show(e.target); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") show(null); });
  addEventListener("scroll", function () { if (cur && document.activeElement !== cur) show(null); }, { passive: true });
})();
