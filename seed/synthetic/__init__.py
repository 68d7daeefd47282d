"""A synthetic all-Wales partnership landscape, for scale tests, benchmarks and demos.

Why synthetic: the real landscape is only partly published, and the app, the query
library and the loader must be shown to cope with all of Wales (and ten times it) before
anyone collects that much. The shape follows the real one: the 22 local authorities, the
7 health board regions with their regional partnership boards, the public services
boards (with the 2021-23 mergers as dissolved predecessors), safeguarding boards, area
planning boards, community safety partnerships, VAWDASV partnerships, youth justice
boards, the 4 local resilience forums and the 4 corporate joint committees, then
sub-groups, task-and-finish groups, posts, datasets and three years of meetings.

Every row is ``illustrative=true`` with the source ``Synthetic (tirlun generate --scale N
--seed S)``. Names of places and public bodies are real; everything about who sits where,
who attended what and what data flows where is invented.

Determinism: one ``random.Random(seed)`` drives everything in a fixed order, no set or
hash order is ever iterated, and dates come from ``as_of`` (a fixed default), never from
the clock; so the same scale, seed and as_of give byte-identical files.

Layout (one step per module, in the order ``engine.build`` runs them):
  data/*.csv        reference tables: places, bodies, job titles, templates (data/README.md)
  tables.py         reads them into named records (header checked) and writes CSV output
  reference.py      the records and the loaded tables
  cadence.py        meeting calendars, shared with the CTM seed (seed/ctm_meetings.py)
  model.py          World (the random stream and the rows so far), Org, Part, Seat
  organisations.py  areas, themes, legislation, organisations and their posts
  boards.py         the boards of Wales
  members.py        members and seats (turnover, statutory gaps)
  subgroups.py      sub-groups and task-and-finish groups
  partnerships.py   partnership, membership and seat rows; when each partnership meets
  datasets.py       datasets, flows and self-assessments
  meetings.py       meetings and attendance, streamed
  engine.py         generate(): the order of the steps and the output folder
"""

from tirlun.seed.synthetic.engine import DEFAULT_AS_OF, LOAD_REGION, GenerateReport, generate

__all__ = ["DEFAULT_AS_OF", "LOAD_REGION", "GenerateReport", "generate"]
