// The publication page: a "Copy the citation" button, added only where the clipboard works.
(function () {
    "use strict";
    var box = document.querySelector(".citation-box");
    if (!box || !navigator.clipboard || !window.isSecureContext) {
        return;
    }
    var text = box.querySelector(".citation-box__text");
    var button = document.createElement("button");
    var status = document.createElement("span");
    button.type = "button";
    button.className = "button button--secondary citation-box__copy";
    button.textContent = box.dataset.copyLabel;
    status.className = "citation-box__status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
        navigator.clipboard.writeText(text.textContent.trim()).then(function () {
            status.textContent = box.dataset.copiedLabel;
        });
    });
    box.append(button, status);
})();
