"""campfacts.py CSV PROFILE [ID_SUBSTR]: the facts the campaign reader takes from each row."""
import sys

from brandlint.analysis.pipeline import Analyser
from brandlint.campaign.collect import CampaignCollector
from brandlint.engine import Engine
from brandlint.profile import load_profile
from brandlint.selection import Selection
from brandlint.sources import iter_documents

csv_path, prof = sys.argv[1], sys.argv[2]
want = sys.argv[3] if len(sys.argv) > 3 else ""
profile = load_profile(prof)
engine = Engine(profile, Analyser(profile), Selection.build(profile))
collector = CampaignCollector(profile, Selection.build(profile))
for result in engine.run(iter_documents([csv_path])):
    collector.add(result)
for report in collector.finish():
    for m in report.messages:
        if want not in m.id:
            continue
        print("##", m.id)
        for f in m.facts:
            extra = {k: v for k, v in vars(f).items()
                     if k not in ("kind", "key", "value") and v not in ((), None, "", False)}
            print(f"   {f.kind:10} {f.key:16} {f.value!s:22} {extra}")
