-- Migration 0007 (sla): the seed rows of the SLA tables, as released. Never edit this file:
-- a database migrated to version 7 has exactly these rows; a change of a default is a new
-- migration. One statement per line (storage/migrations.cpp reads it that way).

-- Working hours per ISO weekday (minutes after midnight): Monday to Friday 09:00-17:00.
INSERT INTO sla_working_hours (weekday, start_minute, end_minute) VALUES (1, 540, 1020);
INSERT INTO sla_working_hours (weekday, start_minute, end_minute) VALUES (2, 540, 1020);
INSERT INTO sla_working_hours (weekday, start_minute, end_minute) VALUES (3, 540, 1020);
INSERT INTO sla_working_hours (weekday, start_minute, end_minute) VALUES (4, 540, 1020);
INSERT INTO sla_working_hours (weekday, start_minute, end_minute) VALUES (5, 540, 1020);
INSERT INTO sla_working_hours (weekday, start_minute, end_minute) VALUES (6, 0, 0);
INSERT INTO sla_working_hours (weekday, start_minute, end_minute) VALUES (7, 0, 0);

-- The German national holidays 2026-2030.
INSERT INTO sla_holidays (day, name) VALUES ('2026-01-01', 'Neujahr');
INSERT INTO sla_holidays (day, name) VALUES ('2026-04-03', 'Karfreitag');
INSERT INTO sla_holidays (day, name) VALUES ('2026-04-06', 'Ostermontag');
INSERT INTO sla_holidays (day, name) VALUES ('2026-05-01', 'Tag der Arbeit');
INSERT INTO sla_holidays (day, name) VALUES ('2026-05-14', 'Christi Himmelfahrt');
INSERT INTO sla_holidays (day, name) VALUES ('2026-05-25', 'Pfingstmontag');
INSERT INTO sla_holidays (day, name) VALUES ('2026-10-03', 'Tag der Deutschen Einheit');
INSERT INTO sla_holidays (day, name) VALUES ('2026-12-25', '1. Weihnachtstag');
INSERT INTO sla_holidays (day, name) VALUES ('2026-12-26', '2. Weihnachtstag');
INSERT INTO sla_holidays (day, name) VALUES ('2027-01-01', 'Neujahr');
INSERT INTO sla_holidays (day, name) VALUES ('2027-03-26', 'Karfreitag');
INSERT INTO sla_holidays (day, name) VALUES ('2027-03-29', 'Ostermontag');
INSERT INTO sla_holidays (day, name) VALUES ('2027-05-01', 'Tag der Arbeit');
INSERT INTO sla_holidays (day, name) VALUES ('2027-05-06', 'Christi Himmelfahrt');
INSERT INTO sla_holidays (day, name) VALUES ('2027-05-17', 'Pfingstmontag');
INSERT INTO sla_holidays (day, name) VALUES ('2027-10-03', 'Tag der Deutschen Einheit');
INSERT INTO sla_holidays (day, name) VALUES ('2027-12-25', '1. Weihnachtstag');
INSERT INTO sla_holidays (day, name) VALUES ('2027-12-26', '2. Weihnachtstag');
INSERT INTO sla_holidays (day, name) VALUES ('2028-01-01', 'Neujahr');
INSERT INTO sla_holidays (day, name) VALUES ('2028-04-14', 'Karfreitag');
INSERT INTO sla_holidays (day, name) VALUES ('2028-04-17', 'Ostermontag');
INSERT INTO sla_holidays (day, name) VALUES ('2028-05-01', 'Tag der Arbeit');
INSERT INTO sla_holidays (day, name) VALUES ('2028-05-25', 'Christi Himmelfahrt');
INSERT INTO sla_holidays (day, name) VALUES ('2028-06-05', 'Pfingstmontag');
INSERT INTO sla_holidays (day, name) VALUES ('2028-10-03', 'Tag der Deutschen Einheit');
INSERT INTO sla_holidays (day, name) VALUES ('2028-12-25', '1. Weihnachtstag');
INSERT INTO sla_holidays (day, name) VALUES ('2028-12-26', '2. Weihnachtstag');
INSERT INTO sla_holidays (day, name) VALUES ('2029-01-01', 'Neujahr');
INSERT INTO sla_holidays (day, name) VALUES ('2029-03-30', 'Karfreitag');
INSERT INTO sla_holidays (day, name) VALUES ('2029-04-02', 'Ostermontag');
INSERT INTO sla_holidays (day, name) VALUES ('2029-05-01', 'Tag der Arbeit');
INSERT INTO sla_holidays (day, name) VALUES ('2029-05-10', 'Christi Himmelfahrt');
INSERT INTO sla_holidays (day, name) VALUES ('2029-05-21', 'Pfingstmontag');
INSERT INTO sla_holidays (day, name) VALUES ('2029-10-03', 'Tag der Deutschen Einheit');
INSERT INTO sla_holidays (day, name) VALUES ('2029-12-25', '1. Weihnachtstag');
INSERT INTO sla_holidays (day, name) VALUES ('2029-12-26', '2. Weihnachtstag');
INSERT INTO sla_holidays (day, name) VALUES ('2030-01-01', 'Neujahr');
INSERT INTO sla_holidays (day, name) VALUES ('2030-04-19', 'Karfreitag');
INSERT INTO sla_holidays (day, name) VALUES ('2030-04-22', 'Ostermontag');
INSERT INTO sla_holidays (day, name) VALUES ('2030-05-01', 'Tag der Arbeit');
INSERT INTO sla_holidays (day, name) VALUES ('2030-05-30', 'Christi Himmelfahrt');
INSERT INTO sla_holidays (day, name) VALUES ('2030-06-10', 'Pfingstmontag');
INSERT INTO sla_holidays (day, name) VALUES ('2030-10-03', 'Tag der Deutschen Einheit');
INSERT INTO sla_holidays (day, name) VALUES ('2030-12-25', '1. Weihnachtstag');
INSERT INTO sla_holidays (day, name) VALUES ('2030-12-26', '2. Weihnachtstag');

-- The SLA policies: MQL first touch (fast-track, then normal), SQL next step, open lead untouched.
INSERT INTO sla_policies (code, name, clock_kind, stages, fast_track, allowed, unit, due_soon_percent, stop_activities, stop_actions, restart_on_reassign, sort_order) VALUES ('mql_first_touch_fast', 'MQL first touch (fast-track)', 'first_touch', 'mql', 1, 60, 'business_minutes', 25, 'call,email,meeting', 'accept,qualify,reject,disqualify,recycle', 0, 1);
INSERT INTO sla_policies (code, name, clock_kind, stages, fast_track, allowed, unit, due_soon_percent, stop_activities, stop_actions, restart_on_reassign, sort_order) VALUES ('mql_first_touch', 'MQL first touch', 'first_touch', 'mql', NULL, 240, 'business_minutes', 25, 'call,email,meeting', 'accept,qualify,reject,disqualify,recycle', 0, 2);
INSERT INTO sla_policies (code, name, clock_kind, stages, fast_track, allowed, unit, due_soon_percent, stop_activities, stop_actions, restart_on_reassign, sort_order) VALUES ('sql_next_step', 'SQL next step', 'next_step', 'sql', NULL, 2, 'business_days', 25, 'call,email,meeting', 'win,lose,disqualify,recycle', 0, 3);
INSERT INTO sla_policies (code, name, clock_kind, stages, fast_track, allowed, unit, due_soon_percent, stop_activities, stop_actions, restart_on_reassign, sort_order) VALUES ('untouched', 'Open lead untouched', 'untouched', 'mql,sql', NULL, 7, 'calendar_days', 25, 'call,email,meeting', 'accept,qualify,reject,disqualify,recycle,win,lose', 0, 4);
