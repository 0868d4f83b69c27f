-- Server migration 7 (PostgreSQL only): the facts schema migration 22 keeps on each assignment
-- for the workload report (the rep's earlier and the next other assignment of the lead, the
-- lead's milestones) are written by whoever routes, reassigns or moves a lead. The assignment
-- itself stays insert-only: the team's users may update these four columns and nothing else.
-- The same grant as migration 6's with that one added; run once now and after every later
-- schema migration.
-- Statements end with ';' at the end of a line outside $$ … $$ bodies.

DROP POLICY IF EXISTS bantam_facts ON assignments;
CREATE POLICY bantam_facts ON assignments FOR UPDATE USING ((SELECT bantam_user_id()) IS NOT NULL) WITH CHECK ((SELECT bantam_user_id()) IS NOT NULL);

CREATE OR REPLACE FUNCTION bantam_grant_all() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    g text := bantam_group_role();
    s text := current_schema();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
        IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
            RAISE NOTICE 'Bantam: % may not create roles; sign-in as Bantam users is off.',
                current_user;
            RETURN false;
        END IF;
        EXECUTE format('CREATE ROLE %I NOLOGIN', g);
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), g);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, g);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', s, g);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, g);
    EXECUTE format('GRANT INSERT ON audit_log, stage_history, assignments TO %I', g);
    EXECUTE format('GRANT UPDATE (prev_same_at, next_other_at, lead_sql_at, lead_won_at) '
                   'ON assignments TO %I', g);
    EXECUTE format('GRANT INSERT, UPDATE ON leads TO %I', g);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON activities, calls, lead_attributes, '
                   'lead_scores, qualification_answers, qualification_criteria, '
                   'qualification_facts, sla_clocks, sla_breaches, inbox, import_runs, '
                   'import_mappings, routing_state, routing_credits, users, teams, '
                   'territories, user_territories, routing_rules, sla_calendar, '
                   'sla_working_hours, sla_holidays, sla_policies, sla_mql_targets, reasons, '
                   'scoring_models, qualification_definitions, callbacks, '
                   'predictive_models, lead_chances, cadence_policies, lead_cadence, '
                   'call_settings, scoring_settings, reassignment_jobs, '
                   'reassignment_job_leads TO %I', g);
    EXECUTE format('REVOKE ALL ON FUNCTION bantam_set_login(text, text, boolean) FROM PUBLIC');
    EXECUTE format('GRANT EXECUTE ON FUNCTION bantam_set_login(text, text, boolean) TO %I', g);
    RETURN true;
END $$;

SELECT bantam_grant_all();
