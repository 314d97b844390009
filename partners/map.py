"""The partner map: an inline SVG drawn on the server over the world outline, a static SVG file
(partners/world_outline.py) that the map shows as an image. The page carries only the view and
the markers; no tiles, no scripts; each marker is a link with an accessible name."""

from dataclasses import dataclass

from django.templatetags.static import static

from partners.world_outline import HEIGHT, OUTLINE, WIDTH, project

# The smallest area the map shows (in outline units), and the margin around the partners.
MIN_VIEW_WIDTH = 160
MARGIN = 0.12


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    url: str
    label: str
    role: str


@dataclass(frozen=True)
class PartnerMap:
    view_box: str
    outline_url: str
    outline_width: int
    outline_height: int
    markers: list
    radius: float
    stroke: float


def _view_box(points):
    xs = [x for x, _y in points]
    ys = [y for _x, y in points]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    width = max(right - left, MIN_VIEW_WIDTH)
    height = max(bottom - top, width / 2.2)
    width = max(width, height * 1.6)  # landscape, so it reads on a phone and on a desk
    centre_x, centre_y = (left + right) / 2, (top + bottom) / 2
    width, height = width * (1 + 2 * MARGIN), height * (1 + 2 * MARGIN)
    left = min(max(centre_x - width / 2, 0), WIDTH - width)
    top = min(max(centre_y - height / 2, 0), HEIGHT - height)
    return max(left, 0), max(top, 0), min(width, WIDTH), min(height, HEIGHT)


def partner_map(partners, request=None):
    """The map of the partners that have coordinates, or None when none has."""
    located = [partner for partner in partners if partner.has_location]
    if not located:
        return None
    markers = []
    for partner in located:
        x, y = project(float(partner.latitude), float(partner.longitude))
        markers.append(
            Marker(
                x=round(x, 2),
                y=round(y, 2),
                url=partner.get_url(request),
                label=f"{partner.title} ({partner.place})",
                role=partner.role,
            )
        )
    left, top, width, height = _view_box([(marker.x, marker.y) for marker in markers])
    # Coordinators last, so their markers sit on top.
    markers.sort(key=lambda marker: marker.role == "coordinator")
    return PartnerMap(
        view_box=f"{left:.1f} {top:.1f} {width:.1f} {height:.1f}",
        outline_url=static(OUTLINE),
        outline_width=WIDTH,
        outline_height=HEIGHT,
        markers=markers,
        radius=round(width / 70, 2),
        stroke=round(width / 400, 2),
    )
