"""Reports for headquarters: the project's indicators computed from the replica
(:mod:`.indicators`, no Qt), and their exports (:mod:`.tables` for JSON, CSV and XLSX;
:mod:`.pdf` for the A4 report, drawn with Qt).  Definitions: ``docs/reports.md``."""
