/// The report's script: tooltips and the details panel, built from the embedded JSON when asked
/// for (one listener for the whole page, not one per mark). `#site-N` in the address opens site N,
/// so a link to a site is a link to its details.
extension ICReport {
  static let htmlScript = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("ic-data").textContent);
      var sites = data.sites;
      var tip = document.getElementById("tip");
      var panel = document.getElementById("details");
      var selected = [];
      var reasons = { type: "no case for the types", overflow: "small int overflowed",
        condition: "case's condition failed" };

      function esc(text) {
        return String(text).replace(/[&<>"']/g, function (c) {
          return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
        });
      }
      function num(n) { return Number(n).toLocaleString("en-US"); }
      function rate(site) {
        var total = site.hits + site.misses;
        return total ? (100 * site.hits / total).toFixed(total > 999 ? 2 : 1) + "%" : "-";
      }
      function pill(state) { return '<span class="pill state-' + esc(state) + '">' + esc(state) + "</span>"; }
      function siteNumber(element) {
        var marked = element && element.closest ? element.closest("[data-site]") : null;
        return marked && !panel.contains(marked) ? Number(marked.getAttribute("data-site")) : -1;
      }

      // The script's tooltip replaces the titles (which remain for readers without it).
      document.querySelectorAll("[data-site][title]").forEach(function (element) {
        element.removeAttribute("title");
      });
      document.querySelectorAll("#chart a.bar > title").forEach(function (title) { title.remove(); });

      document.addEventListener("mouseover", function (event) {
        var number = siteNumber(event.target);
        if (number < 0 || !sites[number]) { tip.hidden = true; return; }
        var site = sites[number];
        tip.innerHTML = '<span class="op">' + esc(site.op) + "</span> " + pill(site.state) +
          '<br><span class="dim">' + esc(site.file) + ":" + site.line + ":" + site.column + " in " +
          esc(site.function) + "</span><br>" + num(site.hits) + (site.hits === 1 ? " hit · " : " hits · ") +
          num(site.misses) + (site.misses === 1 ? " miss" : " misses") + " · hit rate " + rate(site) + '<br><span class="dim">click for details</span>';
        tip.hidden = false;
      });
      document.addEventListener("mousemove", function (event) {
        if (tip.hidden) return;
        var x = event.clientX + 14, y = event.clientY + 16;
        if (x + tip.offsetWidth > window.innerWidth - 8) x = event.clientX - tip.offsetWidth - 10;
        if (y + tip.offsetHeight > window.innerHeight - 8) y = event.clientY - tip.offsetHeight - 12;
        tip.style.left = x + "px";
        tip.style.top = y + "px";
      });
      document.addEventListener("click", function (event) {
        if (event.target.closest(".close")) { close(); return; }
        var number = siteNumber(event.target);
        if (number < 0) return;
        event.preventDefault();
        if (location.hash === "#site-" + number) open(number, true);
        else location.hash = "site-" + number;
      });
      document.addEventListener("keydown", function (event) { if (event.key === "Escape") close(); });
      window.addEventListener("hashchange", fromHash);

      function fromHash() {
        var match = /^#site-(\d+)$/.exec(location.hash);
        if (match && sites[Number(match[1])]) open(Number(match[1]), true);
      }

      function close() {
        panel.hidden = true;
        document.body.classList.remove("panel-open");
        selected.forEach(function (element) { element.classList.remove("selected", "current"); });
        selected = [];
        if (location.hash) history.replaceState(null, "", location.pathname + location.search);
      }

      function open(number, scroll) {
        var site = sites[number];
        var mark = document.getElementById("site-" + number);
        selected.forEach(function (element) { element.classList.remove("selected", "current"); });
        selected = Array.prototype.slice.call(document.querySelectorAll('[data-site="' + number + '"]'));
        var line = mark ? mark.closest(".line") : null;
        if (line) selected.push(line);
        selected.forEach(function (element) {
          element.classList.add(element.classList.contains("line") ? "current" : "selected");
        });
        panel.innerHTML = details(site, number, line);
        panel.hidden = false;
        panel.scrollTop = 0;
        document.body.classList.add("panel-open");
        if (scroll && mark) mark.scrollIntoView({ block: "center" });
      }

      function details(site, number, line) {
        var html = "<header>" + pill(site.state) + "<h2>" + esc(site.op) + "</h2>" +
          '<button class="close" aria-label="Close">×</button></header>' +
          '<p class="where"><a href="#site-' + number + '">' + esc(site.file) + ":" + site.line + ":" +
          site.column + "</a> in <code>" + esc(site.function) + "</code></p>";
        if (line) {
          var text = line.textContent.slice(line.querySelector(".no").textContent.length);
          html += "<pre>" + esc(text.trim()) + "</pre>";
        }
        html += '<div class="figures">' + [["hits", num(site.hits)], ["misses", num(site.misses)],
          ["hit rate", rate(site)], ["patches", num(site.patches)], ["bytes patched", num(site.bytesPatched)],
          ["operand types", num(site.types.length)]].map(function (figure) {
          return '<div class="figure"><b>' + figure[1] + "</b><span>" + figure[0] + "</span></div>";
        }).join("") + "</div>";
        html += "<h3>Misses by reason</h3><table>" + Object.keys(site.missReasons).map(function (key) {
          return "<tr><td>" + esc(key) + ' <span class="dim">' + esc(reasons[key] || "") + '</span></td><td class="n">' +
            num(site.missReasons[key]) + "</td></tr>";
        }).join("") + "</table>";
        var most = Math.max.apply(null, site.types.map(function (t) { return t.count; }).concat([1]));
        html += "<h3>Operand types seen</h3>" + (site.types.length ? "<table>" + site.types.map(function (t) {
          return "<tr><td><code>(" + esc(t.operands.join(", ")) + ')</code></td><td class="n">' + num(t.count) +
            '</td><td class="meter"><span class="state-' + esc(site.state) + '" style="width:' +
            Math.max(2, 100 * t.count / most).toFixed(1) + '%"></span></td></tr>';
        }).join("") + "</table>" : '<p class="dim">none recorded</p>');
        html += "<h3>Transitions</h3>" + (site.transitions.length ? "<ol>" + site.transitions.map(function (t) {
          return "<li>" + pill(t.from) + " → " + pill(t.to) + " <b>" + esc(t.reason) + "</b>" +
            ' <span class="dim">at execution ' + num(t.execution) + "</span>" +
            (t.operands.length ? " <code>(" + esc(t.operands.join(", ")) + ")</code>" : "") +
            (t.bytes ? ' <span class="dim">· ' + num(t.bytes) + " bytes</span>" : "") + "</li>";
        }).join("") + "</ol>" : '<p class="dim">none: the site never changed state</p>');
        var others = [];
        sites.forEach(function (other, index) {
          if (index !== number && other.file === site.file && other.line === site.line) others.push(index);
        });
        if (others.length) {
          html += '<h3>Other sites on this line</h3><p class="others">' + others.map(function (index) {
            var other = sites[index];
            return '<a href="#site-' + index + '"><span class="swatch state-' + esc(other.state) + '"></span>' +
              "<code>" + esc(other.op) + "</code> col " + other.column + "</a>";
          }).join(" ") + "</p>";
        }
        return html;
      }

      fromHash();
      document.body.setAttribute("data-ready", "1");
    })();

    """#
}
