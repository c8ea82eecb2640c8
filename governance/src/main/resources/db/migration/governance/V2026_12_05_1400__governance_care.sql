-- Incident reports: the states the care team moves a report through, and a report's notes found by the report.
ALTER TABLE governance.incident_report
    ADD CONSTRAINT incident_report_state CHECK (state IN ('OPEN', 'IN_PROGRESS', 'CLOSED'));
CREATE INDEX incident_report_reporter ON governance.incident_report (reporter_subject, reported_at DESC);
CREATE INDEX incident_note_report ON governance.incident_note (report_id, written_at);
