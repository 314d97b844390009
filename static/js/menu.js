/* The phone header's "Menu" link (templates/components/site_header.html) opens #site-menu by
   :target without JavaScript. Here it becomes a button that says whether the menu is open;
   Escape closes the menu and puts focus back on the button. */
(function () {
    "use strict";
    var header = document.querySelector(".site-header");
    var link = header && header.querySelector("a.menu-toggle");
    var menu = document.getElementById("site-menu");
    if (!link || !menu) {
        return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.innerHTML = link.innerHTML;
    button.setAttribute("aria-controls", menu.id);
    link.replaceWith(button);

    function setOpen(open) {
        header.setAttribute("data-menu", open ? "open" : "closed");
        button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    setOpen(window.location.hash === "#" + menu.id);

    button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    header.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            button.focus();
        }
    });
}());
