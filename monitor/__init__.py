"""gansu-monitor: a scheduled monitor for county-level economic news in Gansu.

See README.md for use and docs/architecture.md for how the pipeline fits together.
"""

__version__ = "0.1.0"   # before the imports: pipeline.py reads it

from .config import Config, load_config
from .errors import MonitorError
from .pipeline import run_once

__all__ = ["Config", "MonitorError", "load_config", "run_once"]
