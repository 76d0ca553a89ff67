// Room finder: filters and sorting for the server-rendered table (progressive
// enhancement — without this script the full table is still there to read).
(function () {
  "use strict";
  var form = document.getElementById("room-filters");
  var table = document.querySelector(".room-table");
  var count = document.getElementById("room-count");
  if (!form || !table || !count) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.querySelectorAll("tr[data-room]"));
  var template = count.textContent.replace(/\d+/, "{count}");
  form.hidden = false;

  function number(value) {
    var n = parseInt(value, 10);
    return isNaN(n) ? null : n;
  }

  function apply() {
    var capacity = number(form.elements.capacity.value);
    var fee = number(form.elements.fee.value);
    var district = form.elements.district.value;
    var equipment = form.elements.equipment.value;
    var flags = ["evening", "weekend", "wheelchair"].filter(function (name) { return form.elements[name].checked; });
    var shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var ok = (capacity === null || Number(d.capacity) >= capacity) &&
        (fee === null || Number(d.feeMin) <= fee) &&
        (!district || d.district === district) &&
        (!equipment || (" " + d.equipment + " ").indexOf(" " + equipment + " ") >= 0) &&
        flags.every(function (name) { return d[name] === "true"; });
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = template.replace("{count}", String(shown));
  }

  // Column headings with data-sort become buttons that sort the rows.
  Array.prototype.forEach.call(table.querySelectorAll("th[data-sort]"), function (th) {
    var key = th.getAttribute("data-sort").replace(/-([a-z])/g, function (_, c) { return c.toUpperCase(); });
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    th.setAttribute("aria-sort", "none");
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.querySelectorAll("th[data-sort]"), function (other) { other.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var diff = Number(a.dataset[key]) - Number(b.dataset[key]);
        return ascending ? diff : -diff;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
})();
