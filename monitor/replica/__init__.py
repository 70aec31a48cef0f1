"""The bundled replica of the site, served over real HTTP on 127.0.0.1 (docs/replica.md)."""

from .server import Drip, Drop, Oversize, Redirect, Replica, Stall, Status, TrickleHeaders, load_static_site

__all__ = ["Drip", "Drop", "Oversize", "Redirect", "Replica", "Stall", "Status", "TrickleHeaders",
           "load_static_site"]
