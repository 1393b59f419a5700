// Filters the grant list by status and field without leaving the page. The list and the filter
// pages work without this script; it only saves a page load.
(function () {
  'use strict';
  var form = document.getElementById('grant-filter');
  if (!form) {
    return;
  }
  var cards = Array.prototype.slice.call(document.querySelectorAll('.grant-list .grant-card'));
  var status = form.elements.status;
  var category = form.elements.category;
  var result = form.querySelector('.filter-result');

  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var fields = (card.getAttribute('data-categories') || '').split(' ');
      var ok = (!status.value || card.getAttribute('data-status') === status.value)
        && (!category.value || fields.indexOf('*') >= 0 || fields.indexOf(category.value) >= 0);
      card.hidden = !ok;
      if (ok) {
        shown++;
      }
    });
    result.textContent = result.getAttribute('data-template').replace('{0}', String(shown));
  }

  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
}());
