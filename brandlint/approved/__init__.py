"""`brandlint calibrate --approved`: tune the profile on copy the brand already approved.

No labels: every document is taken as good copy. From one engine run this proposes the
central-idea thresholds under which at most a chosen share of that copy would be flagged
(`thresholds`), and the words the copy leans on that the profile does not list yet
(`candidates`). `collect` runs the engine; `report` writes for people and for tools.
"""

from brandlint.approved.collect import ApprovedRun, collect
from brandlint.approved.thresholds import IdeaCalibration, IdeaRow, propose

__all__ = ["ApprovedRun", "IdeaCalibration", "IdeaRow", "collect", "propose"]
