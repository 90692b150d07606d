/*
 * The points path's notice page: the start button stays disabled until the notice has been shown
 * for its reading time (the page says how many seconds are left, data-notice-wait) and the consent
 * box is ticked. The server checks both again; this only saves a refused round trip.
 */
(function () {
  'use strict';
  var button = document.querySelector('button[data-notice-wait]');
  if (!button) {
    return;
  }
  var consent = document.getElementById(button.getAttribute('data-consent'));
  var countdown = document.getElementById(button.getAttribute('data-countdown'));
  var waitMs = (parseInt(button.getAttribute('data-notice-wait'), 10) || 0) * 1000;
  var readyAt = Date.now() + waitMs;
  var timer = null;

  function secondsLeft() {
    return Math.max(0, Math.ceil((readyAt - Date.now()) / 1000));
  }

  function update() {
    var left = secondsLeft();
    button.disabled = left > 0 || !(consent && consent.checked);
    if (countdown) {
      countdown.textContent = left > 0
        ? countdown.getAttribute('data-template').replace('{0}', String(left))
        : countdown.getAttribute('data-ready');
    }
    if (left === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  }

  if (consent) {
    consent.addEventListener('change', update);
  }
  update();
  if (secondsLeft() > 0) {
    timer = setInterval(update, 250);
  }
})();
