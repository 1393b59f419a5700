// The print button of a group's card. Without this script the button stays hidden and the hint
// beside it tells how to print from the browser.
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
}());
