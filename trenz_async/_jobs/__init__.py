"""Async jobs: tasks, the poll scheduler, the journal of paid submissions, progress."""

from .journal import TaskJournal as TaskJournal
from .leases import PollLeases as PollLeases
from .leases import PollSharing as PollSharing
from .leases import TaskOutcome as TaskOutcome
from .manager import PollStatistics as PollStatistics
from .manager import TaskManager as TaskManager
from .polling import DONE_STATUSES as DONE_STATUSES
from .polling import FAILED_STATUSES as FAILED_STATUSES
from .polling import PollPolicy as PollPolicy
from .progress import Progress as Progress
from .progress import progress_bar as progress_bar
from .records import Journal as Journal
from .records import JournalEntry as JournalEntry
from .records import JournalReplay as JournalReplay
from .records import SkippedRecord as SkippedRecord
from .records import Submission as Submission
from .task import Task as Task
from .tracker import TaskTracker as TaskTracker
