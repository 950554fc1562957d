"""The demo city around Tangshan (唐山) for the hub's ``--demo``: a pure, deterministic build.

:func:`build_city` gives the area tree (Tangshan's fourteen real county-level divisions, generated
streets, communities and grids with their GB/T 2260-based codes and WGS 84 polygons), the grid
workers, the twelve departments and their seats, the video network, a day of events and orders
ending at ``now``, the demo accounts, and months of archived events made lazily in chunks
(:meth:`City.iter_archived`). No I/O.

Geometry: each district is a rectangle around its real centre, sized so that no two overlap; a
jittered lattice inside it is cut into streets, each street into communities, and every lattice
cell is a comprehensive grid, so each level tiles its parent exactly. Exclusive grids (and lakes)
are small quads inside one cell, rivers and railways thin strips across a community.
"""
from __future__ import annotations

import itertools
import math
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np

from commandcenter.domain.clock import CST
from commandcenter.domain.codes import CATEGORIES, DEPARTMENTS, event_code
from commandcenter.domain.deadlines import TIER_LIMITS
from commandcenter.domain.entities import Assignee, Department, Event, Grid, Note, Order, Seat, VideoLink, Worker
from commandcenter.domain.routing import ROUTING

from . import names as N

KM_PER_DEG = 111.32
KM_PER_DEG_LON = KM_PER_DEG * math.cos(math.radians(39.63))
JITTER = 0.2  # lattice points move by up to this share of a cell, so cells stay convex
EXCLUSIVE_SHARE = 10_897 / 75_081  # Tangshan's exclusive and special grids per comprehensive grid
SPECIAL_SHARE = 4_623 / 75_081
INSET = 0.08  # points are drawn this share inside a grid's sampling box
COMPREHENSIVE, EXCLUSIVE, SPECIAL = range(3)
URBAN, RURAL, FEATURE = range(3)
Ring = tuple[tuple[float, float], ...]

STATUSES = ("reported", "accepted", "dispatched", "in_progress", "resolved", "verified", "followed_up",
            "archived", "rejected")
STATUS_SHARE = (0.05, 0.08, 0.14, 0.26, 0.13, 0.08, 0.09, 0.11, 0.06)
REP, ACC, DIS, INP, RES, VER, FUP, ARC, REJ = range(9)
SOURCE_SHARE = (0.58, 0.17, 0.1, 0.08, 0.02, 0.05)  # in N.CATEGORY_WEIGHTS order
TIERS = ("small", "medium", "complex")
TIER_SHARE = (0.55, 0.35, 0.1)
LIMIT_S = np.array([TIER_LIMITS[t].total_seconds() for t in TIERS])
SEVERITY_SHARE, URGENT_SHARE = (0.55, 0.3, 0.12, 0.03), (0.05, 0.25, 0.4, 0.3)
SATISFACTION_SHARE = (0.02, 0.03, 0.1, 0.3, 0.55)
WORKER_STATUS = ("offline", "idle", "patrol", "busy")
WORKER_STATUS_SHARE = (0.1, 0.34, 0.46, 0.1)
WORKER_KINDS = ("leader", "full_time", "professional", "part_time")
SOURCES = tuple(N.CATEGORY_WEIGHTS)
CATS = tuple(CATEGORIES)
CATEGORY_P = np.array([[N.CATEGORY_WEIGHTS[s].get(c, 0.0) for c in CATS] for s in SOURCES])
CATEGORY_P /= CATEGORY_P.sum(axis=1, keepdims=True)
URGENT_CAT = CATS.index("emergency_call")
ROUTED = np.array([ROUTING[c] is not None for c in CATS])
NOT_ON_SPOT = np.array([c in ("emergency_call", "petition", "employment_social") for c in CATS])
#: after acceptance: two returned dispatches (issue, return), then dispatch .. archive; relative durations
STEP_WEIGHT = np.array([1, 3, 1, 3, 1, 2, 8, 2, 2, 1], dtype=float)
ARCHIVE_BLOCK = 5_000


@dataclass(frozen=True)
class Scale:
    districts: tuple[str, ...] | None  # None: all fourteen
    comprehensive: int  # comprehensive grids in all (exclusive and special come on top)
    streets: int  # per district
    community_cells: int  # grids per urban community
    village_cells: int  # grids per village
    workers: int
    events: int  # live events, about 83 % of them open
    archived: int
    cameras: int
    drones: int  # per district
    village_terminals: float  # share of communities with a video terminal
    archive_days: int


SCALES: dict[str, Scale] = {
    "tiny": Scale(("130203", "130284"), 18, 2, 2, 2, 30, 60, 100, 6, 1, 0.5, 30),
    "default": Scale(None, 300, 2, 4, 3, 600, 400, 3_000, 60, 2, 0.4, 90),
    "tangshan": Scale(None, 62_000, 17, 12, 8, 90_000, 120_000, 1_000_000, 8_000, 6, 0.3, 180),
}


@dataclass(eq=False)
class City:
    grids: list[Grid]
    workers: list[Worker]
    departments: list[Department]
    seats: list[Seat]
    video_links: list[VideoLink]
    events: list[Event]
    orders: list[Order]
    #: (name, role, department, worker_id) of every demo account
    users: list[tuple[str, str, str | None, str | None]]
    archived_total: int
    _archive: _Archive = field(repr=False)
    #: (Levels) account name -> (level, area grid id) of the scoped demo accounts; the rest are city-level
    scopes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def iter_archived(self, chunk: int = 20_000) -> Iterator[list[Event]]:
        """Archived and rejected events of the past months, oldest first, ``chunk`` at a time."""
        return self._archive.chunks(chunk)


def build_city(scale: str = "default", *, now: datetime, seed: int = 7) -> City:
    """The demo city at ``scale`` (see :data:`SCALES`), its live picture as it stands at ``now``."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; one of {', '.join(SCALES)}")
    sc = SCALES[scale]
    now = now.astimezone(CST) if now.tzinfo else now.replace(tzinfo=CST)
    world = _World(_build_map(sc, _rng(seed, 1)), sc.workers, _rng(seed, 2))
    events, orders, busy = _Live(world, now, seed).build(sc.events)
    workers = world.workers(busy, now, _rng(seed, 4))
    archive = _Archive(world, now, seed, sc.archived, len(events) + 1, sc.archive_days)
    scopes = scoped_users(world.map.grids)
    return City(grids=world.map.grids, workers=workers, departments=departments(), seats=_seats(orders, now),
                video_links=_video(world.map, sc, now, _rng(seed, 5)), events=events, orders=orders,
                users=users(workers) + [(name, name.split(".")[0], None, None) for name in scopes],
                archived_total=sc.archived, _archive=archive, scopes=scopes)


def departments() -> list[Department]:
    return [Department(id=c, code=c, name=zh, name_en=en) for c, (zh, en) in DEPARTMENTS.items()]


def users(workers: list[Worker]) -> list[tuple[str, str, str | None, str | None]]:
    """The demo accounts of PROTOCOL.md, plus ``admin`` and the simulator's ``autopilot``."""
    desks = [(name, role, None, None) for name, role in (
        ("operator", "operator"), ("supervisor", "supervisor"), ("wall", "wall"), ("gateway", "gateway"),
        ("admin", "admin"), ("autopilot", "operator"))]
    liaisons = [(f"liaison.{d}", "liaison", d, None) for d in DEPARTMENTS]
    return desks + liaisons + [(w.id, "worker", None, w.id) for w in workers]


def scoped_users(grids: list[Grid]) -> dict[str, tuple[str, str]]:
    """(Levels) ``operator.<code>`` and ``supervisor.<code>`` for one district centre (the first
    district), one street centre (its first street) and one community centre (that street's first)."""
    areas: list[Grid] = []
    for kind in ("district", "street", "community"):
        parent = areas[-1].id if areas else None
        area = next((g for g in grids if g.kind == kind and (parent is None or g.parent == parent)), None)
        if area is None:
            break
        areas.append(area)
    return {f"{role}.{a.code}": (a.kind, a.id) for a in areas for role in ("operator", "supervisor")}


def _rng(seed: int, part: int, *more: int) -> np.random.Generator:
    return np.random.default_rng([seed, part, *more])


# -- the map ------------------------------------------------------------------------------------

def district_extents() -> dict[str, list[float]]:
    """District code -> [left, right, down, up] in km from its centre; no two rectangles overlap."""
    centre = {d[0]: (d[4] * KM_PER_DEG_LON, d[5] * KM_PER_DEG) for d in N.DISTRICTS}
    want = {d[0]: 7.0 if d[0] in ("130202", "130203") else 10.0 if d[0] in N.CORE else
            20.0 if d[3] == "district" else 25.0 for d in N.DISTRICTS}
    ext = {code: [size] * 4 for code, size in want.items()}
    for a, b in itertools.combinations(centre, 2):
        d = (centre[b][0] - centre[a][0], centre[b][1] - centre[a][1])
        axis = 0 if abs(d[0]) >= abs(d[1]) else 1
        side = 2 * axis + (d[axis] > 0)  # a's side facing b; b's is the opposite one (side ^ 1)
        gap, share = abs(d[axis]) * 0.97, want[a] / (want[a] + want[b])
        ext[a][side] = min(ext[a][side], gap * share)
        ext[b][side ^ 1] = min(ext[b][side ^ 1], gap * (1 - share))
    return ext


def _lattice(lon: float, lat: float, ext: list[float], cells: int, rng: np.random.Generator) -> np.ndarray:
    """A (W+1, H+1, 2) lattice of (lon, lat) over the district rectangle, jittered inside."""
    left, right, down, up = ext
    w = max(1, round(math.sqrt(cells * (left + right) / (down + up))))
    h = max(1, round(cells / w))
    xs = lon + np.linspace(-left, right, w + 1) / KM_PER_DEG_LON
    ys = lat + np.linspace(-down, up, h + 1) / KM_PER_DEG
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    jx = rng.uniform(-JITTER, JITTER, gx.shape) * (xs[1] - xs[0])
    jy = rng.uniform(-JITTER, JITTER, gy.shape) * (ys[1] - ys[0])
    jx[[0, -1], :] = 0.0  # the outer edges stay straight: points only slide along them
    jy[:, [0, -1]] = 0.0
    return np.round(np.stack([gx + jx, gy + jy], axis=-1), 6)


def _split(n: int, k: int, rng: np.random.Generator) -> list[int]:
    """Cut points 0 = c0 < c1 < ... < ck = n: ``n`` cells in ``k`` runs of roughly equal length."""
    k = max(1, min(k, n))
    cuts = np.linspace(0, n, k + 1)
    cuts[1:-1] += rng.uniform(-0.3, 0.3, k - 1) * n / k
    out = [int(c) for c in np.round(cuts)]
    for i in range(1, k):
        out[i] = min(max(out[i], out[i - 1] + 1), n - (k - i))
    return out


def _blocks(block: tuple[int, int, int, int], count: int, rng: np.random.Generator) -> list[tuple[int, int, int, int]]:
    """About ``count`` sub-blocks of ``block`` (i0, i1, j0, j1): columns, each cut into rows its own way."""
    i0, i1, j0, j1 = block
    w, h = i1 - i0, j1 - j0
    cols = max(1, min(w, round(math.sqrt(count * w / h))))
    rows = max(1, round(count / cols))
    out = []
    for a, b in itertools.pairwise(_split(w, cols, rng)):
        out += [(i0 + a, i0 + b, j0 + c, j0 + d) for c, d in itertools.pairwise(_split(h, rows, rng))]
    return out


def _ring(points: np.ndarray | list) -> Ring:
    """A closed ring; arrays are rounded to 6 decimals (about 0.1 m), lists taken as they are."""
    pts = np.round(points, 6).tolist() if isinstance(points, np.ndarray) else points
    return (*map(tuple, pts), tuple(pts[0]))


def _block_ring(lat: np.ndarray, block: tuple[int, int, int, int]) -> Ring:
    """The boundary of a block of lattice cells, counter-clockwise through every lattice point on it."""
    i0, i1, j0, j1 = block
    return _ring(np.concatenate([lat[i0:i1 + 1, j0], lat[i1, j0 + 1:j1 + 1], lat[i0:i1, j1][::-1],
                                 lat[i0, j0 + 1:j1][::-1]]))


def _cells(lat: np.ndarray, block: tuple[int, int, int, int]) -> np.ndarray:
    """The (n, 4, 2) corner quads (SW, SE, NE, NW) of a block's cells, north row first, west to east."""
    i0, i1, j0, j1 = block
    jj, ii = np.meshgrid(np.arange(j1 - 1, j0 - 1, -1), np.arange(i0, i1), indexing="ij")
    ii, jj = ii.ravel(), jj.ravel()
    return np.stack([lat[ii, jj], lat[ii + 1, jj], lat[ii + 1, jj + 1], lat[ii, jj + 1]], axis=1)


def _bilin(q: np.ndarray, u, v) -> np.ndarray:
    """Points of the bilinear patch over quads ``q`` (..., 4, 2) at parameters (u, v)."""
    u, v = np.asarray(u, dtype=float)[..., None], np.asarray(v, dtype=float)[..., None]
    return (q[..., 0, :] * (1 - u) + q[..., 1, :] * u) * (1 - v) + (q[..., 3, :] * (1 - u) + q[..., 2, :] * u) * v


def _pick(r: random.Random, items: tuple | list):
    return items[int(r.random() * len(items))]


class _Pool:
    """Names handed out in a shuffled order, starting over when used up."""

    def __init__(self, items: list[str] | tuple[str, ...], r: random.Random) -> None:
        self.items = r.sample(list(items), len(items))
        self.k = 0

    def take(self) -> str:
        self.k += 1
        return self.items[(self.k - 1) % len(self.items)]


class _Map:
    """The area tree under construction, and for each grid proper what drawing a point in it needs."""

    def __init__(self, sc: Scale, rng: np.random.Generator) -> None:
        self.sc, self.rng, self.r = sc, rng, random.Random(int(rng.integers(1 << 62)))
        self.grids: list[Grid] = []
        self.proper: list[str] = []  # ids of the grids proper; per grid proper, in the same order:
        self.quads: list[np.ndarray] = []  # the (4, 2) quad points are drawn in,
        self.meta: list[tuple] = []  # (kind, style, label, (u0, u1, v0, v1) box of the quad to draw in)
        self.districts: list[tuple[str, str, float, float]] = []  # id, name, lon, lat
        self.spans: list[tuple[int, int]] = []  # each district's grids proper [start, end)
        self.streets: list[tuple[str, str, float, float]] = []
        self.communities: list[tuple[str, str, float, float]] = []
        self.used: set[str] = set()
        self.features: defaultdict[str, int] = defaultdict(int)
        self.carry = [0.5, 0.5]
        self.urban_streets, self.towns = _Pool(N.URBAN_STREETS, self.r), _Pool(N.TOWNS, self.r)
        self.comms = _Pool([a + b for a in N.COMMUNITY_STEMS for b in N.COMMUNITY_SUFFIXES], self.r)
        self.villages = _Pool([a + b + c for a in N.VILLAGE_PREFIXES for b in N.VILLAGE_SURNAMES
                               for c in N.VILLAGE_SUFFIXES], self.r)

    def district(self, row: tuple, ext: list[float], cells: int) -> None:
        code, name, _, kind, lon, lat = row
        lattice = _lattice(lon, lat, ext, cells, self.rng)
        w, h = lattice.shape[0] - 1, lattice.shape[1] - 1
        self.grids.append(Grid(id=code, code=code, name=name, kind="district", parent=None,
                               polygon=_block_ring(lattice, (0, w, 0, h))))
        self.districts.append((code, name, lon, lat))
        ci, cj = w * ext[0] / (ext[0] + ext[1]), h * ext[2] / (ext[2] + ext[3])
        blocks = sorted(_blocks((0, w, 0, h), self.sc.streets, self.rng),  # the most central first
                        key=lambda b: ((b[0] + b[1]) / 2 - ci) ** 2 + ((b[2] + b[3]) / 2 - cj) ** 2)
        urban = max(1, round(len(blocks) * (1.0 if code in N.CORE else 0.4 if kind == "district" else 0.2)))
        towns = math.ceil(0.8 * (len(blocks) - urban))
        start = len(self.proper)
        for k, block in enumerate(blocks):
            if k < urban:
                self.street(lattice, block, row, k + 1, self.urban_streets.take() + "街道")
            else:  # GB/T 10114: streets 001-099, towns 100-199, townships 200-399
                t = k - urban
                number, suffix = (100 + t, "镇") if t < towns else (200 + t - towns, "乡")
                self.street(lattice, block, row, number, self.towns.take() + suffix)
        self.spans.append((start, len(self.proper)))

    def street(self, lattice: np.ndarray, block: tuple, row: tuple, number: int, name: str) -> None:
        sid, rural = f"{row[0]}{number:03d}", name.endswith(("镇", "乡"))
        self.grids.append(Grid(id=sid, code=sid, name=name, kind="street", parent=row[0],
                               polygon=_block_ring(lattice, block)))
        self.streets.append((sid, name, *_middle(_cells(lattice, block))))
        size = self.sc.village_cells if rural else self.sc.community_cells
        count = max(1, round((block[1] - block[0]) * (block[3] - block[2]) / size))
        for k, sub in enumerate(_blocks(block, count, self.rng)):  # residents' 001-199, villagers' 200-399
            self.community(lattice, sub, f"{sid}{(200 if rural else 1) + k:03d}", rural, row)

    def community(self, lattice: np.ndarray, block: tuple, cid: str, rural: bool, row: tuple) -> None:
        name = self.villages.take() + "村" if rural else self.comms.take() + "社区"
        self.grids.append(Grid(id=cid, code=cid, name=name, kind="community", parent=cid[:9],
                               polygon=_block_ring(lattice, block)))
        cells, self.first = _cells(lattice, block), len(self.proper)
        self.communities.append((cid, name, *_middle(cells)))
        for k, (quad, corners) in enumerate(zip(cells, cells.tolist(), strict=True)):
            self.proper_grid(cid, f"{name}第{k + 1}网格", quad, _ring(corners),
                             (COMPREHENSIVE, RURAL if rural else URBAN, name, (0.0, 1.0, 0.0, 1.0)))
        stem = name[:-1] if rural else name[:-2]  # without 村 or 社区
        exclusive, special = self.extras(len(cells))
        for _ in range(exclusive):
            kind = self.r.choices([k for k, _ in N.EXCLUSIVE_KINDS], [p for _, p in N.EXCLUSIVE_KINDS])[0]
            place = self.place_name(kind, stem, row, rural)
            quad, box, ring = self.sub_quad(cells, 0.3, 0.5)
            self.proper_grid(cid, f"{place}专属网格", quad, ring, (EXCLUSIVE, FEATURE, place, box))
        for _ in range(special):
            self.special(cid, lattice, block, stem, row[0])

    def proper_grid(self, cid: str, name: str, quad: np.ndarray, polygon: Ring, meta: tuple) -> None:
        gid = f"{cid}{len(self.proper) - self.first + 1:03d}"  # the community's grids come one after another
        kind = ("comprehensive", "exclusive", "special")[meta[0]]
        self.grids.append(Grid(id=gid, code=gid, name=name, kind=kind, parent=cid, polygon=polygon))
        self.proper.append(gid)
        self.quads.append(quad)
        self.meta.append(meta)

    def extras(self, cells: int) -> tuple[int, int]:
        """How many exclusive and special grids a community of ``cells`` grids gets (error diffusion)."""
        out = []
        for k, share in enumerate((EXCLUSIVE_SHARE, SPECIAL_SHARE)):
            self.carry[k] += share * cells
            out.append(int(self.carry[k]))
            self.carry[k] -= out[-1]
        return out[0], out[1]

    def sub_quad(self, cells: np.ndarray, lo: float, hi: float) -> tuple[np.ndarray, tuple, Ring]:
        """A small quad inside one of ``cells`` (a school, a lake): the cell, the box in it, the ring."""
        quad = _pick(self.r, cells)
        su, sv = self.r.uniform(lo, hi), self.r.uniform(lo, hi)
        u0, v0 = self.r.uniform(0.05, 0.95 - su), self.r.uniform(0.05, 0.95 - sv)
        box = (u0, u0 + su, v0, v0 + sv)
        return quad, box, _ring(_bilin(quad, [box[0], box[1], box[1], box[0]], [box[2], box[2], box[3], box[3]]))

    def place_name(self, kind: str, stem: str, row: tuple, rural: bool) -> str:
        forms = {"school": N.SCHOOL_FORMS, "hospital": N.HOSPITAL_FORMS, "enterprise": N.ENTERPRISE_FORMS,
                 "mall": N.MALL_FORMS, "park": N.PARK_FORMS}[kind]
        names = [*N.REAL_PLACES.get(kind, {}).get(row[0], ()), *(_pick(self.r, forms).format(
            stem=stem, short=stem if rural else stem[:2], district=row[1], clinic=N.CLINICS[rural],
            industry=_pick(self.r, N.INDUSTRIES))
            for _ in range(3))]
        name = next((n for n in names if n not in self.used), names[-1])
        self.used.add(name)
        return name

    def special(self, cid: str, lattice: np.ndarray, block: tuple, stem: str, code: str) -> None:
        kind = self.r.choices(("river", "lake", "railway"), (0.55, 0.2, 0.25))[0]
        kind = "river" if kind == "lake" and code not in N.LAKES else kind
        feature = _pick(self.r, {"river": N.RIVERS[code], "lake": N.LAKES.get(code), "railway": N.RAILWAYS}[kind])
        part = "片区" if kind == "lake" else "段"
        name = f"{feature}专项网格" if not self.features[feature] else f"{feature}{stem}{part}专项网格"
        self.features[feature] += 1
        if kind == "lake":
            quad, box, ring = self.sub_quad(_cells(lattice, block), 0.45, 0.7)
        else:
            quad, box, ring = self.strip(lattice, block, 0.14 if kind == "river" else 0.06)
        self.proper_grid(cid, name, quad, ring, (SPECIAL, FEATURE, feature, box))

    def strip(self, lattice: np.ndarray, block: tuple, width: float) -> tuple[np.ndarray, tuple, Ring]:
        """A thin band across one row of the community's cells (a river or a railway)."""
        i0, i1, j0, j1 = block
        j = self.r.randrange(j0, j1)
        row = _cells(lattice, (i0, i1, j, j + 1))
        w, v0 = len(row), self.r.uniform(0.2, 0.8 - width)
        which, us = np.r_[0, np.arange(1, w), w - 1], np.r_[0.03, np.zeros(w - 1), 0.97]
        low = _bilin(row[which], us, np.full(w + 1, v0))
        high = _bilin(row[which], us, np.full(w + 1, v0 + width))
        return row[w // 2], (0.03, 0.97, v0, v0 + width), _ring(np.concatenate([low, high[::-1]]))

    def finish(self) -> None:
        self.quad = np.array(self.quads)
        kinds, self.styles, self.labels, boxes = zip(*self.meta, strict=True)
        self.kind, self.box = np.array(kinds), np.array(boxes, dtype=float)

    def sample(self, idx: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        """A random (lon, lat) inside each grid proper ``idx[i]``."""
        b = self.box[idx]
        u = b[:, 0] + (b[:, 1] - b[:, 0]) * rng.uniform(INSET, 1 - INSET, len(idx))
        v = b[:, 2] + (b[:, 3] - b[:, 2]) * rng.uniform(INSET, 1 - INSET, len(idx))
        p = np.round(_bilin(self.quad[idx], u, v), 6)
        return p[:, 0], p[:, 1]

    def place(self, g: int, r: random.Random) -> str:
        """Where in grid ``g`` a report is: 新华里社区3号楼2单元门口, 王各庄村5组, 唐山市第一中学门口."""
        rnd, roads = r.random, N.ROADS
        k = int(rnd() * len(roads))
        return _pick(r, (N.URBAN_SPOTS, N.RURAL_SPOTS, N.FEATURE_SPOTS)[self.styles[g]]).format(
            comm=self.labels[g], n=1 + int(rnd() * 30), u=1 + int(rnd() * 6), road=roads[k],
            road2=roads[k - 1 - int(rnd() * (len(roads) - 1))])


def _middle(cells: np.ndarray) -> tuple[float, float]:
    """A point inside the middle cell (the mean of a convex quad's corners)."""
    lon, lat = cells[len(cells) // 2].mean(axis=0).round(6).tolist()
    return lon, lat


def _build_map(sc: Scale, rng: np.random.Generator) -> _Map:
    rows = [d for d in N.DISTRICTS if sc.districts is None or d[0] in sc.districts]
    weights = np.array([N.WEIGHTS[d[0]] for d in rows], dtype=float)
    cells = np.maximum(np.round(sc.comprehensive * weights / weights.sum()).astype(int), 1)
    ext = district_extents()
    m = _Map(sc, rng)
    for row, n in zip(rows, cells.tolist(), strict=True):
        m.district(row, ext[row[0]], n)
    m.finish()
    return m


# -- workers ------------------------------------------------------------------------------------

class _World:
    """The map and the workers (as arrays) that events are generated against."""

    def __init__(self, m: _Map, n: int, rng: np.random.Generator) -> None:
        self.map = m
        comp = np.flatnonzero(m.kind == COMPREHENSIVE)
        leaders = rng.choice(comp, min(len(comp), n // 2), replace=False)
        rest = n - len(leaders)
        free = rng.permutation(np.setdiff1d(np.arange(len(m.kind)), leaders))[:rest]
        grid = np.concatenate([leaders, free, rng.integers(0, len(m.kind), rest - len(free))])
        kind = np.concatenate([np.zeros(len(leaders), int), rng.choice([1, 2, 3], rest, p=[0.5, 0.15, 0.35])])
        kind[len(leaders):len(leaders) + 3] = [1, 2, 3][:rest]  # every kind, however small the city
        order = np.lexsort((kind, grid))
        self.grid, self.kind = grid[order], kind[order]
        self.ids = [f"w{k:06d}" for k in range(1, n + 1)]
        self.names = _names(n, rng)
        self.phones = _phones(n, rng)
        self.status = rng.choice(4, n, p=WORKER_STATUS_SHARE)
        self.lon, self.lat = m.sample(self.grid, rng)

    def workers(self, busy: set[int], now: datetime, rng: np.random.Generator) -> list[Worker]:
        status = self.status.copy()
        status[list(busy)] = WORKER_STATUS.index("busy")
        ago = np.where(status == 0, rng.uniform(1800, 21600, len(status)), rng.uniform(20, 480, len(status)))
        ats = [now - timedelta(seconds=s) for s in ago.astype(int).tolist()]
        grid_ids = [self.map.proper[g] for g in self.grid.tolist()]
        return [Worker(id=w, name=n, kind=WORKER_KINDS[k], grid_id=g, status=WORKER_STATUS[s], lat=la, lon=lo,
                       at=at, phone=p)
                for w, n, k, g, s, la, lo, at, p in zip(
                    self.ids, self.names, self.kind.tolist(), grid_ids, status.tolist(), self.lat.tolist(),
                    self.lon.tolist(), ats, self.phones, strict=True)]


def _names(n: int, rng: np.random.Generator) -> list[str]:
    surnames, weights = zip(*N.SURNAMES, strict=True)
    s = rng.choice(len(surnames), n, p=np.array(weights) / sum(weights)).tolist()
    g1, g2 = rng.integers(0, len(N.GIVEN), (2, n)).tolist()
    single = (rng.random(n) < 0.3).tolist()
    return [surnames[a] + N.GIVEN[b] + ("" if one else N.GIVEN[c])
            for a, b, c, one in zip(s, g1, g2, single, strict=True)]


def _phones(n: int, rng: np.random.Generator) -> list[str]:
    pre = rng.integers(0, len(N.PHONE_PREFIXES), n).tolist()
    return [N.PHONE_PREFIXES[p] + f"{d:08d}" for p, d in zip(pre, rng.integers(0, 10**8, n).tolist(), strict=True)]


# -- events and orders --------------------------------------------------------------------------

def _draw(w: _World, n: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """What a report is: source, category, severity, tier, the worker whose grid it is in, and where."""
    src = rng.choice(len(SOURCES), n, p=SOURCE_SHARE)
    cat = np.empty(n, dtype=int)
    for s in range(len(SOURCES)):
        idx = np.flatnonzero(src == s)
        cat[idx] = rng.choice(len(CATS), len(idx), p=CATEGORY_P[s])
    urgent = cat == URGENT_CAT
    sev = rng.choice(4, n, p=SEVERITY_SHARE) + 1
    sev[urgent] = rng.choice(4, int(urgent.sum()), p=URGENT_SHARE) + 1
    home = rng.integers(0, len(w.ids), n)
    lon, lat = w.map.sample(w.grid[home], rng)
    return {"src": src, "cat": cat, "sev": sev, "tier": np.where(urgent, 0, rng.choice(3, n, p=TIER_SHARE)),
            "home": home, "grid": w.grid[home], "lon": lon, "lat": lat,
            "dept": ROUTED[cat] & (rng.random(n) < 0.6), "sat": rng.choice(5, n, p=SATISFACTION_SHARE) + 1}


def _present(st: np.ndarray, onspot: np.ndarray, returns: np.ndarray) -> np.ndarray:
    """(n, 10) which steps each event went through (see :data:`STEP_WEIGHT`)."""
    handled = (st >= DIS) & (st <= ARC) & ~onspot
    closing = st <= ARC
    return np.stack([returns >= 1, returns >= 1, returns >= 2, returns >= 2, handled, handled & (st >= INP),
                     handled & (st >= RES), closing & (st >= VER), closing & (st >= FUP), st == ARC], axis=1)


def _spread(start: np.ndarray, present: np.ndarray, share: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Seconds-ago of each present step, in order, over ``share`` of the time since ``start``."""
    w = present * STEP_WEIGHT * rng.gamma(2.0, 0.5, present.shape)
    total = w.sum(axis=1, keepdims=True)
    frac = np.cumsum(w, axis=1) / np.where(total > 0, total, 1.0)
    return np.floor(np.where(present, start[:, None] - frac * (share * start)[:, None], np.nan))


def _live_columns(w: _World, n: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    c = _draw(w, n, rng)
    st = rng.choice(len(STATUSES), n, p=STATUS_SHARE)
    st[:len(STATUSES)] = np.arange(min(n, len(STATUSES)))  # every status, however small the city
    done, running = (st >= RES) & (st <= ARC), (st >= ACC) & (st <= INP)
    onspot = done & (c["src"] == 0) & ~NOT_ON_SPOT[c["cat"]] & (rng.random(n) < 0.3)
    returns = np.where(st == ACC, rng.choice(3, n, p=(0.7, 0.25, 0.05)),
                       np.where((st >= DIS) & (st <= ARC) & ~onspot, rng.choice(3, n, p=(0.9, 0.08, 0.02)), 0))
    limit = LIMIT_S[c["tier"]]
    acc = np.floor(np.where(running, limit * rng.uniform(0.03, 1.15, n) + 300,
                            np.minimum(limit, 72_000) * rng.uniform(0.2, 1.05, n) + 600))
    created = np.floor(np.select([st == REP, (st == REJ) | onspot], [rng.uniform(60, 2400, n),
                                 rng.uniform(600, 60_000, n)], acc + rng.uniform(120, 1500, n)))
    accepted = np.where(running | (done & ~onspot), acc, np.nan)
    steps = _spread(np.where(onspot, created, acc), _present(st, onspot, returns),
                    np.where(running, rng.uniform(0.35, 0.9, n), rng.uniform(0.6, 0.97, n)), rng)
    overdue = running & (accepted > limit)
    sup = overdue & (rng.random(n) < 0.35)
    c.update(st=st, onspot=onspot, returns=returns, created=created, accepted=accepted, due=accepted - limit,
             steps=steps, rejected=np.floor(created - np.minimum(rng.uniform(120, 1800, n), 0.8 * created)),
             overdue=overdue, sup=sup, esc=sup & (rng.random(n) < 0.3), sup_at=rng.uniform(0.2, 0.8, n))
    order = np.argsort(-created, kind="stable")  # oldest first: ids follow time
    return {k: v[order] for k, v in c.items()}


def _order_ids(steps: np.ndarray) -> np.ndarray:
    """(n, 3) ids of each event's orders (two returned ones, the last one), numbered by issue time."""
    ev, slot = np.nonzero(~np.isnan(steps[:, [0, 2, 4]]))
    rank = np.argsort(-steps[ev, slot * 2], kind="stable")
    ids = np.zeros((len(steps), 3), dtype=int)
    ids[ev[rank], slot[rank]] = np.arange(1, len(rank) + 1)
    return ids


def _rows(cols: dict[str, np.ndarray]) -> Iterator[dict]:
    lists = {k: v.tolist() for k, v in cols.items()}
    return (dict(zip(lists, row, strict=True)) for row in zip(*lists.values(), strict=True))


class _Cases:
    """Turns drawn columns into events (and orders): the per-event Python part."""

    def __init__(self, w: _World, now: datetime, r: random.Random) -> None:
        self.w, self.now, self.r = w, now, r
        self.departments = {d: Assignee(department=d) for d in DEPARTMENTS}
        self.days: dict[int, str] = {}

    def at(self, ago: float) -> datetime | None:
        return None if ago != ago else self.now - timedelta(seconds=ago)  # NaN: never happened

    def event(self, eid: int, c: dict, created: datetime, **rest) -> Event:
        """An event with what every event has, drawn from ``c``; the life-cycle fields come in ``rest``."""
        src, cat, r, key = SOURCES[c["src"]], CATS[c["cat"]], self.r, created.toordinal()
        day = self.days.get(key) or self.days.setdefault(key, created.strftime("%Y%m%d"))
        title, text = _pick(r, N.MATTERS[cat])
        reporter, phone, by = self.reporter(src, c["home"])
        return Event(id=eid, code=event_code(eid, day), category=cat, title=title,
                     description=N.SOURCE_PREFIX[src] + text.format(place=self.w.map.place(c["grid"], r)),
                     lat=c["lat"], lon=c["lon"], grid_id=self.w.map.proper[c["grid"]], source=src, reporter=reporter,
                     severity=c["sev"], created_at=created, reporter_phone=phone, reported_by=by,
                     handled_on_spot=c["onspot"], returns=c["returns"], **rest,
                     held_by=self.w.map.proper[c["grid"]][:9])  # reported: held by its street

    def reporter(self, src: str, home: int) -> tuple[str | None, str | None, str]:
        """(reporter, reporter_phone, reported_by): the worker, a caller, an elder's device, or nobody."""
        if src == "worker":
            return self.w.names[home], None, self.w.ids[home]
        if src in ("camera", "drone"):
            return None, None, "operator"
        r, suffixes = self.r, N.ELDER_SUFFIXES if src == "one_key" else N.CALLER_SUFFIXES
        phone = _pick(r, N.PHONE_PREFIXES) + f"{int(r.random() * 1e8):08d}"
        return _pick(r, N.SURNAMES)[0] + _pick(r, suffixes), phone, "operator"

    def assignees(self, cat: int, dept: bool, home: int) -> tuple[Assignee, Assignee]:
        """(who the last order went to, who a returned one went to)."""
        worker = Assignee(worker_id=self.w.ids[home])
        department = ROUTING[CATS[cat]]
        if dept:
            return self.departments[department], worker
        return worker, self.departments[department] if department else worker


def _user(to: Assignee) -> str:
    return to.worker_id or f"liaison.{to.department}"


class _Live(_Cases):
    """A day of work ending at ``now``: events in every status, with consistent orders."""

    def __init__(self, w: _World, now: datetime, seed: int) -> None:
        super().__init__(w, now, random.Random(seed * 7919 + 3))
        self.seed = seed

    def build(self, n: int) -> tuple[list[Event], list[Order], set[int]]:
        c = _live_columns(self.w, n, _rng(self.seed, 3))
        ids = _order_ids(c["steps"]).tolist()
        events, orders, busy = [], [], set()
        for i, row in enumerate(_rows(c)):
            event, mine = self.case(i + 1, row, ids[i])
            events.append(event)
            orders += mine
            if event.status == "in_progress" and event.assignee and event.assignee.worker_id:
                busy.add(row["home"])
        orders.sort(key=lambda o: o.id)
        return events, orders, busy

    def case(self, eid: int, c: dict, oids: list[int]) -> tuple[Event, list[Order]]:
        st, at = c["st"], self.at
        created, accepted, due = at(c["created"]), at(c["accepted"]), at(c["due"])
        steps = [at(s) for s in c["steps"]]
        final, other = self.assignees(c["cat"], c["dept"], c["home"])
        orders, reason = [], None
        for k in range(c["returns"]):
            order, reason = self.returned(oids[k], eid, other if steps[4] else final, steps[2 * k: 2 * k + 2], due)
            orders.append(order)
        sup_at = due + timedelta(seconds=int((self.now - due).total_seconds() * c["sup_at"])) if c["sup"] else None
        if steps[4]:
            orders.append(self.last(oids[2], eid, final, steps[4:7], due, sup_at))
        closed = steps[9] if st == ARC else at(c["rejected"]) if st == REJ else None
        version = 2 if st == REJ else 1 + (accepted is not None) + sum(map(bool, steps)) + c["sup"] + c["esc"]
        return self.event(
            eid, c, created, tier=TIERS[c["tier"]] if accepted else None, status=STATUSES[st], due_at=due,
            overdue=c["overdue"], supervised=c["sup"], escalation_level=int(c["esc"]),
            assignee=final if steps[4] else None, satisfaction=c["sat"] if st in (FUP, ARC) else None,
            version=version, updated_at=max(t for t in (closed, created, accepted, *steps) if t),
            accepted_at=accepted, resolved_at=created if c["onspot"] else steps[6], closed_at=closed,
            reject_reason=_pick(self.r, N.REJECT_REASONS) if st == REJ else None, last_return_reason=reason,
            order_id=oids[2] if steps[4] else None,
        ), orders

    def returned(self, oid: int, eid: int, to: Assignee, times: list, due: datetime | None) -> tuple[Order, str]:
        reason = _pick(self.r, N.DEPARTMENT_RETURNS if to.department else N.WORKER_RETURNS)
        notes = (Note(times[0], "operator", _pick(self.r, N.DISPATCH_NOTES), "dispatch"),
                 Note(times[1], _user(to), reason, "return"))
        return Order(id=oid, event_id=eid, assignee=to, status="returned", issued_at=times[0], due_at=due,
                     notes=notes, version=2, issued_by="operator", closed_at=times[1]), reason

    def last(self, oid: int, eid: int, to: Assignee, times: list, due: datetime | None,
             sup_at: datetime | None) -> Order:
        (issued, received, done), who, r = times, _user(to), self.r
        notes = [Note(issued, "operator", _pick(r, N.DISPATCH_NOTES), "dispatch")]
        if received:
            notes.append(Note(received, who, _pick(r, N.RECEIVE_NOTES), "receive"))
            if r.random() < 0.5:
                notes.append(Note(received + ((done or self.now) - received) / 2, who, _pick(r, N.PROGRESS_NOTES),
                                  "progress"))
        if done:
            notes.append(Note(done, who, _pick(r, N.COMPLETE_NOTES), "complete"))
        if sup_at:  # an open order's: it goes among the others by time
            notes.append(Note(sup_at, "supervisor", N.SUPERVISE_NOTE, "supervise"))
            notes.sort(key=lambda note: note.at)
        return Order(id=oid, event_id=eid, assignee=to, status="completed" if done else "received" if received
                     else "issued", issued_at=issued, due_at=due, notes=tuple(notes), version=len(notes),
                     issued_by="operator", received_at=received, closed_at=done,
                     overdue=not done and due is not None and due < self.now)


# -- the archive --------------------------------------------------------------------------------

class _Archive(_Cases):
    """Archived and rejected events of the past ``days``, made block by block when iterated."""

    def __init__(self, w: _World, now: datetime, seed: int, total: int, first_id: int, days: int) -> None:
        super().__init__(w, now, random.Random(seed))
        self.seed, self.total, self.first_id = seed, total, first_id
        self.span = (days * 86_400.0, 1.5 * 86_400.0)

    def chunks(self, chunk: int) -> Iterator[list[Event]]:
        buf: list[Event] = []
        for start in range(0, self.total, ARCHIVE_BLOCK):
            buf += self.block(start, min(ARCHIVE_BLOCK, self.total - start))
            while len(buf) >= chunk:
                yield buf[:chunk]
                del buf[:chunk]
        if buf:
            yield buf

    def block(self, start: int, n: int) -> list[Event]:
        """Events ``start`` .. ``start + n - 1`` of the archive: the same whatever the chunk size."""
        rng, self.r = _rng(self.seed, 6, start), random.Random(self.seed * 1_000_003 + start)
        c = _draw(self.w, n, rng)
        hi, lo = self.span
        created = np.floor(hi - (np.arange(start, start + n) + rng.random(n)) * (hi - lo) / self.total)
        rejected = rng.random(n) < 0.07
        onspot = ~rejected & (c["src"] == 0) & ~NOT_ON_SPOT[c["cat"]] & (rng.random(n) < 0.25)
        accepted = np.floor(created - rng.uniform(120, 1500, n))
        limit = LIMIT_S[c["tier"]]
        resolved = np.floor(np.where(onspot, created, np.maximum(accepted - limit * rng.uniform(0.05, 1.08, n), 900)))
        closed = np.floor(np.where(rejected, created - rng.uniform(120, 1800, n),
                                   resolved - np.minimum(rng.uniform(1800, 172_800, n), resolved * 0.5)))
        c.update(created=created, rejected=rejected, onspot=onspot, accepted=accepted, due=accepted - limit,
                 resolved=resolved, closed=closed, returns=np.where(rejected | onspot, 0, rng.random(n) < 0.08))
        return [self.closed(self.first_id + start + i, row) for i, row in enumerate(_rows(c))]

    def closed(self, eid: int, c: dict) -> Event:
        handled, at = not c["rejected"] and not c["onspot"], self.at
        return self.event(
            eid, c, at(c["created"]), tier=TIERS[c["tier"]] if handled else None,
            status="rejected" if c["rejected"] else "archived", due_at=at(c["due"]) if handled else None,
            overdue=False, supervised=False, escalation_level=0,
            assignee=self.assignees(c["cat"], c["dept"], c["home"])[0] if handled else None,
            satisfaction=None if c["rejected"] else c["sat"],
            version=2 if c["rejected"] else 4 if c["onspot"] else 8 + 2 * c["returns"],
            updated_at=at(c["closed"]), accepted_at=at(c["accepted"]) if handled else None,
            resolved_at=None if c["rejected"] else at(c["resolved"]), closed_at=at(c["closed"]),
            reject_reason=_pick(self.r, N.REJECT_REASONS) if c["rejected"] else None,
            last_return_reason=_pick(self.r, N.WORKER_RETURNS) if c["returns"] else None,
        )


# -- seats and the video network ----------------------------------------------------------------

def _seats(orders: list[Order], now: datetime) -> list[Seat]:
    counts = {d: [0, 0] for d in DEPARTMENTS}
    for o in orders:
        if o.assignee.department and o.status in ("issued", "received"):
            counts[o.assignee.department][0] += 1
            counts[o.assignee.department][1] += o.due_at is not None and o.due_at < now
    return [Seat(id=f"seat.{d}", department=d, liaison=None, on_duty=False, open_orders=a, overdue_orders=b)
            for d, (a, b) in counts.items()]


def _video(m: _Map, sc: Scale, now: datetime, rng: np.random.Generator) -> list[VideoLink]:
    hq = next((d for d in m.districts if d[0] == "130203"), m.districts[0])
    specs = [("唐山市网格化服务管理指挥中心视频终端", "city", "terminal", hq[0], hq[2], hq[3])]
    specs += [(f"{name}指挥中心视频终端", "county", "terminal", gid, lon, lat) for gid, name, lon, lat in m.districts]
    specs += [(f"{name}综治中心视频终端", "township", "terminal", gid, lon, lat) for gid, name, lon, lat in m.streets]
    chosen = rng.random(len(m.communities)) < sc.village_terminals
    specs += [(f"{name}网格站视频终端", "village", "terminal", gid, lon, lat)
              for (gid, name, lon, lat), yes in zip(m.communities, chosen.tolist(), strict=True) if yes]
    specs += _cameras(m, sc.cameras, rng) + _drones(m, sc.drones, rng)
    return _links(specs, now, rng)


def _cameras(m: _Map, n: int, rng: np.random.Generator) -> list[tuple]:
    grids = rng.choice(np.flatnonzero(m.kind == COMPREHENSIVE), n)
    lon, lat = m.sample(grids, rng)
    r = random.Random(int(rng.integers(1 << 62)))
    return [(_pick(r, N.CAMERA_FORMS).format(road=_pick(r, N.ROADS[:10]), road2=_pick(r, N.ROADS[10:]),
                                              comm=m.labels[g], gate=_pick(r, N.GATES), n=r.randint(1, 300)),
             "township", "camera", m.proper[g], x, y)
            for g, x, y in zip(grids.tolist(), lon.tolist(), lat.tolist(), strict=True)]


def _drones(m: _Map, per_district: int, rng: np.random.Generator) -> list[tuple]:
    out = []
    for (gid, name, _, _), (a, b) in zip(m.districts, m.spans, strict=True):
        lon, lat = m.sample(rng.integers(a, b, per_district), rng)
        out += [(f"{name}无人机{k + 1}号", "county", "drone", gid, x, y)
                for k, (x, y) in enumerate(zip(lon.tolist(), lat.tolist(), strict=True))]
    return out


def _links(specs: list[tuple], now: datetime, rng: np.random.Generator) -> list[VideoLink]:
    n = len(specs)
    state = rng.choice(4, n, p=(0.84, 0.07, 0.04, 0.05))  # up, degraded, down, in_call
    terminal = np.array([s[2] == "terminal" for s in specs])
    state[(state == 3) & ~terminal] = 0  # only terminals take part in calls
    base = np.array([{"terminal": 2048.0, "camera": 4096.0, "drone": 6144.0}[s[2]] for s in specs])
    extra = np.array([{"city": 0.0, "county": 8.0, "township": 20.0, "village": 40.0}[s[1]] for s in specs])
    lat_lo, lat_hi = np.array([15, 150, 0, 20])[state], np.array([80, 800, 0, 120])[state]
    latency = np.where(state == 2, 0.0, rng.uniform(lat_lo, lat_hi) + extra).round(1)
    loss = np.select([state == 1, state == 2, state == 3], [rng.uniform(2, 12, n), np.full(n, 100.0),
                     rng.uniform(0, 1.5, n)], rng.uniform(0, 0.8, n)).round(2)
    rate = np.array([0.95, 0.35, 0.0, 1.5])[state] * base * rng.uniform(0.9, 1.1, n)
    seen = np.where(state == 2, rng.uniform(300, 7200, n), rng.uniform(5, 60, n)).astype(int)
    names = ("up", "degraded", "down", "in_call")
    return [VideoLink(id=f"vl-{k + 1:04d}", name=s[0], level=s[1], kind=s[2], state=names[st], latency_ms=la,
                      loss_pct=lo, bitrate_kbps=float(round(br)), last_seen=now - timedelta(seconds=se),
                      grid_id=s[3], lat=s[5], lon=s[4])
            for k, (s, st, la, lo, br, se) in enumerate(zip(specs, state.tolist(), latency.tolist(), loss.tolist(),
                                                            rate.tolist(), seen.tolist(), strict=True))]
