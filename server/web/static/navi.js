// SPDX-License-Identifier: MIT
// The residents' form works without this file; it only fills the address from the postal code as it is typed
// (the same data as the server's 「住所を検索」 button) and ties 「1回目と同じ」 to its fields.
'use strict';

document.addEventListener('DOMContentLoaded', function () {
  var postal = document.getElementById('postal_code');
  var address = document.getElementById('address1');
  if (postal && address) {
    postal.addEventListener('input', function () {
      var digits = postal.value.replace(/[０-９]/g, function (c) {
        return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
      }).replace(/[^0-9]/g, '');
      if (digits.length !== 7 || address.value !== '') {
        return;
      }
      fetch('/navi/address?postal=' + digits, { credentials: 'same-origin' })
        .then(function (reply) { return reply.ok ? reply.json() : null; })
        .then(function (found) {
          if (found && found.addresses && found.addresses.length > 0 && address.value === '') {
            address.value = found.addresses[0];
          }
        })
        .catch(function () {});
    });
  }
  // 「1回目と同じ」: the fields it stands for are taken out of the form while it is checked.
  document.querySelectorAll('input[data-same-as]').forEach(function (box) {
    var fields = box.getAttribute('data-same-as').split(' ').map(function (id) {
      return document.getElementById(id);
    }).filter(function (field) { return field; });
    var sync = function () {
      fields.forEach(function (field) { field.disabled = box.checked; });
    };
    box.addEventListener('change', sync);
    sync();
  });
  // 都道府県 narrows 市区町村 to its own; choosing a 市区町村 sets its 都道府県.
  var prefecture = document.getElementById('prefecture');
  var municipality = document.getElementById('municipality');
  if (prefecture && municipality) {
    var narrow = function () {
      municipality.querySelectorAll('optgroup').forEach(function (group) {
        var shown = prefecture.value === '' || group.label === prefecture.value;
        group.hidden = !shown;
        group.disabled = !shown;
      });
      var chosen = municipality.options[municipality.selectedIndex];
      if (chosen && chosen.parentNode.disabled) {
        municipality.value = '';
      }
    };
    prefecture.addEventListener('change', narrow);
    municipality.addEventListener('change', function () {
      var chosen = municipality.options[municipality.selectedIndex];
      if (chosen && chosen.parentNode.tagName === 'OPTGROUP') {
        prefecture.value = chosen.parentNode.label;
      }
    });
    narrow();
  }
});
