"""The partner map: an inline SVG drawn on the server over the world outline, a static SVG file
(partners/world_outline.py) that the map shows as an image. The page carries only the view and
the markers; no tiles, no scripts.

Nearby pins are clustered on the server, in the map's own coordinates: the partners of one
country that sit within a fifth of the view share one numbered marker, and so do any markers
that would overlap. A single partner's marker links to its page; a cluster's marker links to
its entry in the list of places below the map (the map's text alternative), which names and
links everyone there. Labels go beside markers where they collide with nothing."""

from dataclasses import dataclass, field
from math import dist

from django.templatetags.static import static
from django.utils.translation import ngettext

from partners.world_outline import HEIGHT, OUTLINE, WIDTH, project

# The smallest area the map shows (in outline units), and the margin around the partners.
MIN_VIEW_WIDTH = 160
MARGIN = 0.12
# Sizes as fractions of the view's width: a pin's radius, the label text, and the distances
# under which the partners of one country, or any two markers, share a marker.
PIN = 1 / 58
CLUSTER_PIN = 1 / 32
FONT = 1 / 52
COUNTRY_SPAN = 1 / 5
COLLISION = 1 / 18
# An estimate of the average advance of a letter, in ems, to keep labels apart.
LETTER_WIDTH = 0.62


@dataclass(eq=False)
class Place:
    """One marker: a partner alone, or a cluster of partners, and its entry in the list."""

    partners: list
    x: float = 0
    y: float = 0
    number: int = 0
    label: str = ""
    label_x: float = 0
    label_y: float = 0
    label_anchor: str = ""
    url: str = ""
    radius: float = 0
    ring_radius: float = 0  # the focus ring around the marker
    countries: set = field(default_factory=set)

    @property
    def is_cluster(self):
        return len(self.partners) > 1

    @property
    def count(self):
        return len(self.partners)

    @property
    def anchor(self):
        return f"partner-place-{self.number}"

    @property
    def kind(self):
        """The marker's look: "cluster", or the lone partner's role."""
        return "cluster" if self.is_cluster else self.role

    @property
    def role(self):
        roles = {partner.role for partner in self.partners}
        return roles.pop() if len(roles) == 1 else "mixed"

    @property
    def name(self):
        """Where: the city of a lone partner or of a cluster in one city, else the countries."""
        cities = {partner.city for partner in self.partners}
        countries = sorted({partner.country.name for partner in self.partners}, key=str)
        if len(cities) == 1 and len(countries) == 1 and self.is_cluster and all(cities):
            return f"{cities.pop()}, {countries[0]}"
        if self.is_cluster:
            return ", ".join(str(country) for country in countries)
        return self.partners[0].place

    @property
    def title(self):
        """The marker's accessible name."""
        if not self.is_cluster:
            partner = self.partners[0]
            return f"{partner.title} ({partner.place})"
        return ngettext(
            "%(place)s: %(count)d partner, listed below the map",
            "%(place)s: %(count)d partners, listed below the map",
            self.count,
        ) % {"place": self.name, "count": self.count}


@dataclass(frozen=True)
class PartnerMap:
    view_box: str
    outline_url: str
    outline_width: int
    outline_height: int
    places: list
    radius: float
    cluster_radius: float
    stroke: float
    font_size: float

    @property
    def markers(self):
        return self.places

    @property
    def in_reading_order(self):
        """The places as the list below the map names them: by number, west to east."""
        return sorted(self.places, key=lambda place: place.number)

    @property
    def clusters(self):
        return [place for place in self.places if place.is_cluster]


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


def _span(points):
    return max((dist(a, b) for a in points for b in points), default=0)


def cluster(located, view_width):
    """Places of (partner, (x, y)) pairs: first each country whose partners all sit within
    COUNTRY_SPAN of the view, then any two places closer than COLLISION, until none is."""
    by_country = {}
    for partner, point in located:
        by_country.setdefault(partner.country.code, []).append((partner, point))
    groups = []
    for members in by_country.values():
        if _span([point for _partner, point in members]) <= view_width * COUNTRY_SPAN:
            groups.append(members)
        else:
            groups.extend([member] for member in members)
    merged = True
    while merged:
        merged = False
        centres = [_centre(group) for group in groups]
        pairs = sorted(
            (dist(centres[i], centres[j]), i, j)
            for i in range(len(groups))
            for j in range(i + 1, len(groups))
        )
        if pairs and pairs[0][0] < view_width * COLLISION:
            _distance, i, j = pairs[0]
            groups[i] = groups[i] + groups[j]
            del groups[j]
            merged = True
    places = []
    for members in groups:
        x, y = _centre(members)
        partners = sorted((partner for partner, _point in members), key=_partner_order)
        places.append(Place(partners=partners, x=round(x, 2), y=round(y, 2)))
    return places


def _centre(members):
    return (
        sum(point[0] for _partner, point in members) / len(members),
        sum(point[1] for _partner, point in members) / len(members),
    )


def _partner_order(partner):
    order = {"coordinator": 0, "partner": 1}
    return (order.get(partner.role, 2), partner.title.lower())


def _short_label(place):
    if place.is_cluster:
        countries = {str(partner.country.name) for partner in place.partners}
        return countries.pop() if len(countries) == 1 else ""
    partner = place.partners[0]
    return partner.acronym or partner.title


def _place_labels(places, box, radius, cluster_radius, font_size):
    """Put each label to the right of its marker, else to the left, above or below, where its
    box overlaps no marker, no other label and stays in the view; else leave it out (the list
    below the map has it, and the marker its name). Clusters go first (their labels name the
    countries); when a label finds no room, the places that missed out go first next time."""
    order = sorted(places, key=lambda place: (not place.is_cluster, -place.count))
    best = None
    for _attempt in range(3):
        placed, missed = _try_labels(order, places, box, radius, cluster_radius, font_size)
        if best is None or len(placed) > len(best):
            best = placed
        if not missed:
            break
        order = missed + [place for place in order if place not in missed]
    for place, (label, anchor, x, y) in best.items():
        place.label, place.label_anchor, place.label_x, place.label_y = label, anchor, x, y


def _try_labels(order, places, box, radius, cluster_radius, font_size):
    left, top, width, height = box
    markers = [(p.x, p.y, cluster_radius if p.is_cluster else radius) for p in places]
    obstacles = []  # the labels placed so far
    gap = font_size * 0.35
    placed, missed = {}, []
    for place in order:
        text = _short_label(place)
        if not text:
            continue
        r = cluster_radius if place.is_cluster else radius
        text_width = len(text) * font_size * LETTER_WIDTH
        above = place.y - r - gap - font_size * 0.6
        below = place.y + r + gap + font_size * 0.6
        candidates = (  # (anchor, left edge of the text, middle of the text)
            ("start", place.x + r + gap, place.y),
            ("end", place.x - r - gap - text_width, place.y),
            ("middle", place.x - text_width / 2, above),
            ("middle", place.x - text_width / 2, below),
            ("start", place.x - r, below),
            ("end", place.x + r - text_width, below),
        )
        for anchor, x0, middle in candidates:
            candidate = (x0, middle - font_size * 0.6, x0 + text_width, middle + font_size * 0.6)
            inside = x0 >= left and x0 + text_width <= left + width
            inside = inside and candidate[1] >= top and candidate[3] <= top + height
            clear = not any(_overlap(candidate, o) for o in obstacles)
            clear = clear and not any(_covers(marker, candidate) for marker in markers)
            if inside and clear:
                obstacles.append(candidate)
                offset = {"start": 0, "end": text_width, "middle": text_width / 2}[anchor]
                placed[place] = (
                    text,
                    anchor,
                    round(x0 + offset, 2),
                    round(middle + font_size * 0.35, 2),
                )
                break
        else:
            missed.append(place)
    return placed, missed


def _covers(marker, box):
    """Whether a marker's disc (x, y, r) touches a box (left, top, right, bottom)."""
    x, y, r = marker
    nearest = (min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3]))
    return dist((x, y), nearest) < r


def _overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def partner_map(partners, request=None):
    """The map of the partners that have coordinates, or None when none has."""
    located = []
    for partner in partners:
        if partner.has_location:
            located.append((partner, project(float(partner.latitude), float(partner.longitude))))
    if not located:
        return None
    box = _view_box([point for _partner, point in located])
    width = box[2]
    places = cluster(located, width)
    # Numbered west to east, as a reader scans the map; coordinators' markers drawn last.
    places.sort(key=lambda place: (place.x, place.y))
    for number, place in enumerate(places, start=1):
        place.number = number
        place.url = f"#{place.anchor}" if place.is_cluster else place.partners[0].get_url(request)
    radius, cluster_radius, font_size = width * PIN, width * CLUSTER_PIN, width * FONT
    _place_labels(places, box, radius, cluster_radius, font_size)
    stroke = round(width / 400, 2)
    for place in places:
        place.radius = round(cluster_radius if place.is_cluster else radius, 2)
        place.ring_radius = round(place.radius + 4 * stroke, 2)
    drawn = sorted(places, key=lambda place: (place.role == "coordinator", place.is_cluster))
    return PartnerMap(
        view_box="{:.1f} {:.1f} {:.1f} {:.1f}".format(*box),
        outline_url=static(OUTLINE),
        outline_width=WIDTH,
        outline_height=HEIGHT,
        places=drawn,
        radius=round(radius, 2),
        cluster_radius=round(cluster_radius, 2),
        stroke=stroke,
        font_size=round(font_size, 2),
    )
