-- Server migration 1 (PostgreSQL only): sign-in as PostgreSQL login roles and the permissions
-- the server enforces, the second wall behind core's own checks (core/people/permissions.cpp).
--
-- * Every Bantam user who has a password is a LOGIN role named by users.login and a member of
--   this database's group role bantam_users_<database> (roles are cluster-wide; the name keeps
--   two Bantam databases on one cluster apart). The group holds every grant.
-- * The setup login (a superuser or the owner of the tables, who ran this migration) is not
--   bound by any of it: superusers and table owners bypass row-level security (not FORCEd), and
--   the guard triggers let an administration login through.
-- * Reading: every active Bantam user reads the leads and what hangs off them (as the app shows
--   them); one's own inbox only. Writing leads: see bantam_guard_lead(); the rows of a lead: see
--   the policies below.
-- * audit_log, stage_history and assignments: SELECT and INSERT only, for everybody.
-- * users, teams, territories, SLA setup, reasons: admins (team leads: their reps' routing
--   attributes and territories); routing rules: admins and team leads; scoring models,
--   questionnaires and MQL targets: admins and marketing managers.
--
-- Statements end with ';' at the end of a line outside $$ … $$ bodies. Idempotent: functions are
-- replaced, policies and triggers dropped first, the group role made only when missing.

-- The group role of this database.
CREATE OR REPLACE FUNCTION bantam_group_role() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT left('bantam_users_' || current_database(), 63) $$;

-- Who is asking: the active Bantam user whose login is the role (current_user where called,
-- through the default). NULL for a role that is not an active Bantam user.
CREATE OR REPLACE FUNCTION bantam_user_id(who name DEFAULT current_user) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT id FROM users WHERE login = who::text AND active = 1 $$;

CREATE OR REPLACE FUNCTION bantam_user_role(who name DEFAULT current_user) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT role FROM users WHERE login = who::text AND active = 1 $$;

CREATE OR REPLACE FUNCTION bantam_user_team(who name DEFAULT current_user) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT team_id FROM users WHERE login = who::text AND active = 1 $$;

-- The team of a user (a lead's owner).
CREATE OR REPLACE FUNCTION bantam_team_of(user_id bigint) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT team_id FROM users WHERE id = user_id $$;

-- The setup and administration logins: superusers, and members of the role that owns the
-- database or Bantam's tables. They are not Bantam users and choose who they act as.
CREATE OR REPLACE FUNCTION bantam_is_administration_login(who name DEFAULT current_user)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = who), false)
       OR pg_has_role(who, (SELECT datdba FROM pg_database WHERE datname = current_database()),
                      'MEMBER')
       OR pg_has_role(who, (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass),
                      'MEMBER') $$;

-- Refuses a change by anyone who is neither an administration login nor an active Bantam user
-- with one of the roles given as trigger arguments (statement level: teams, rules, SLA setup …).
CREATE OR REPLACE FUNCTION bantam_only_roles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    my_role text := bantam_user_role();
BEGIN
    IF my_role IS NULL AND bantam_is_administration_login() THEN
        RETURN NULL;
    END IF;
    IF my_role IS NULL OR NOT my_role = ANY (TG_ARGV) THEN
        RAISE EXCEPTION 'Bantam: % may not change % (only: %).', current_user, TG_TABLE_NAME,
            array_to_string(TG_ARGV, ', ') USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END $$;

-- users: admins change anything; a team lead only the routing attributes (languages, capacity,
-- absence, weight) of the members of their own team. Nobody else changes a user, not even
-- their own row (a role, team or active flag is a permission).
CREATE OR REPLACE FUNCTION bantam_guard_user() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    my_role text := bantam_user_role();
BEGIN
    IF (my_role IS NULL AND bantam_is_administration_login()) OR my_role = 'admin' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND my_role = 'team_lead' AND OLD.team_id = bantam_user_team()
       AND (NEW.login, NEW.name, NEW.role, NEW.team_id, NEW.active, NEW.created_at)
           IS NOT DISTINCT FROM (OLD.login, OLD.name, OLD.role, OLD.team_id, OLD.active,
                                 OLD.created_at) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Bantam: % may not change the user %; administrators manage users, team leads only their reps'' capacity and absence.',
        current_user, CASE WHEN TG_OP = 'INSERT' THEN NEW.login ELSE OLD.login END USING ERRCODE = 'insufficient_privilege';
END $$;

-- user_territories: admins; team leads for the members of their team.
CREATE OR REPLACE FUNCTION bantam_guard_user_territory() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    my_role text := bantam_user_role();
    rep bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        rep := OLD.user_id;
    ELSE
        rep := NEW.user_id;
    END IF;
    IF (my_role IS NULL AND bantam_is_administration_login()) OR my_role = 'admin'
       OR (my_role = 'team_lead' AND bantam_team_of(rep) = bantam_user_team()) THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Bantam: % may not change the territories of user %.', current_user, rep
        USING ERRCODE = 'insufficient_privilege';
END $$;

-- scoring_models: admins and marketing managers; besides, the model shipped with Bantam is saved
-- as version 1 by whoever scores first on a database that has none yet (ScoringService does that
-- on anyone's behalf).
CREATE OR REPLACE FUNCTION bantam_guard_scoring_model() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    my_role text := bantam_user_role();
BEGIN
    IF (my_role IS NULL AND bantam_is_administration_login())
       OR my_role IN ('admin', 'marketing_manager') THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF my_role IS NOT NULL AND TG_OP <> 'DELETE' AND NEW.version = 1
       AND NEW.created_by IS NULL AND (SELECT count(*) FROM scoring_models) <= 1
       AND (TG_OP = 'INSERT' OR (NEW.model_json = OLD.model_json AND OLD.version = 1)) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Bantam: % may not change the scoring model; marketing managers and administrators do.',
        current_user USING ERRCODE = 'insufficient_privilege';
END $$;

-- leads: who may write which lead, beyond the row-level policies (which decide what can be
-- read, and so updated at all).
-- * Admins: everything.
-- * Owner changes: an unassigned lead may get any owner (routing runs on behalf of whoever
--   created, imported or promoted it), and so may a lead whose SLA breach asks for automatic
--   re-routing. Otherwise reps hand their own leads to a colleague of their team, team leads
--   move leads within their team, marketing managers assign nobody.
-- * Reps and senior reps write their own leads and, for routing and scoring, unassigned ones —
--   but not an unassigned lead's profile.
-- * Stage moves: marketing managers only promote to MQL, disqualify leads in stage Lead and
--   reopen; reps and team leads never reopen (disqualified, lost or won leads stay so).
CREATE OR REPLACE FUNCTION bantam_guard_lead() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me bigint := bantam_user_id();
    my_role text;
    my_team bigint;
BEGIN
    IF me IS NULL THEN
        IF bantam_is_administration_login() THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'Bantam: the server login % is not an active Bantam user.', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    my_role := bantam_user_role();
    IF my_role = 'admin' THEN
        RETURN NEW;
    END IF;
    my_team := bantam_user_team();
    IF TG_OP = 'INSERT' THEN
        IF coalesce(NEW.owner_id IS NULL OR NEW.owner_id = me
                    OR (my_role = 'team_lead' AND bantam_team_of(NEW.owner_id) = my_team),
                    false) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'Bantam: % may not create a lead owned by someone else.', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF my_role IN ('rep', 'senior_rep') AND OLD.owner_id IS DISTINCT FROM me THEN
        IF OLD.owner_id IS NOT NULL THEN
            RAISE EXCEPTION 'Bantam: lead % belongs to user %; % may only work on their own leads.',
                OLD.id, OLD.owner_id, current_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF (OLD.first_name, OLD.last_name, OLD.email, OLD.phone, OLD.company, OLD.job_title,
            OLD.industry, OLD.company_size, OLD.country, OLD.source, OLD.campaign, OLD.postcode,
            OLD.language, OLD.external_id)
           IS DISTINCT FROM
           (NEW.first_name, NEW.last_name, NEW.email, NEW.phone, NEW.company, NEW.job_title,
            NEW.industry, NEW.company_size, NEW.country, NEW.source, NEW.campaign, NEW.postcode,
            NEW.language, NEW.external_id) THEN
            RAISE EXCEPTION 'Bantam: lead % is not assigned to %; ask a team lead to assign it first.',
                OLD.id, current_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- Of an unassigned lead's stage moves only the promotion scoring makes on their behalf.
        IF NEW.stage IS DISTINCT FROM OLD.stage
           AND NOT (OLD.stage = 'lead' AND NEW.stage = 'mql') THEN
            RAISE EXCEPTION 'Bantam: lead % is not assigned to %; ask a team lead to assign it first.',
                OLD.id, current_user USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.owner_id IS DISTINCT FROM OLD.owner_id AND OLD.owner_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM sla_breaches b JOIN sla_policies p ON p.id = b.policy_id
                       WHERE b.lead_id = OLD.id AND p.auto_reassign = 1
                         AND b.owner_id IS NOT DISTINCT FROM OLD.owner_id) THEN
        -- (coalesce: a NULL team compares as unknown, and unknown must refuse)
        IF NOT coalesce((my_role IN ('rep', 'senior_rep') AND OLD.owner_id = me)
                        OR (my_role = 'team_lead'
                            AND (OLD.owner_id = me OR bantam_team_of(OLD.owner_id) = my_team)),
                        false)
           OR NOT coalesce(NEW.owner_id IS NULL OR NEW.owner_id = me
                           OR bantam_team_of(NEW.owner_id) = my_team, false) THEN
            RAISE EXCEPTION 'Bantam: % may not move lead % from user % to user %.', current_user,
                OLD.id, OLD.owner_id, NEW.owner_id USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.stage IS DISTINCT FROM OLD.stage THEN
        IF my_role = 'marketing_manager'
           AND NOT ((OLD.stage = 'lead' AND NEW.stage IN ('mql', 'disqualified'))
                    OR (OLD.stage IN ('disqualified', 'lost') AND NEW.stage = 'lead')) THEN
            RAISE EXCEPTION 'Bantam: as a marketing manager, % may not move lead % from % to %.',
                current_user, OLD.id, OLD.stage, NEW.stage USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF my_role <> 'marketing_manager' AND OLD.stage IN ('disqualified', 'lost', 'won') THEN
            RAISE EXCEPTION 'Bantam: % may not reopen lead %; marketing or an administrator does.',
                current_user, OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$;

-- Creates, changes or disables the server login of a Bantam user: p_password NULL keeps the
-- password (and creates no login that does not exist yet), p_can_login NULL keeps LOGIN or
-- NOLOGIN. Called by administrators (the setup login, or an active Bantam admin signed in as
-- themselves: checked on session_user, which a SECURITY DEFINER function cannot be fooled
-- about). Never touches a superuser or any login with rights beyond Bantam's. The password is
-- quoted with format('%L'), and always stored as a SCRAM verifier.
CREATE OR REPLACE FUNCTION bantam_set_login(p_login text, p_password text, p_can_login boolean)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    caller name := session_user;
    r record;
BEGIN
    IF NOT (bantam_is_administration_login(caller)
            OR EXISTS (SELECT 1 FROM users WHERE login = caller::text AND role = 'admin'
                       AND active = 1)) THEN
        RAISE EXCEPTION 'Bantam: only an administrator may set up server logins.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE login = p_login) THEN
        RAISE EXCEPTION 'Bantam: there is no user %.', p_login USING ERRCODE = 'no_data_found';
    END IF;
    SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls INTO r
        FROM pg_roles WHERE rolname = p_login;
    IF FOUND THEN
        IF r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
           OR bantam_is_administration_login(p_login::name) THEN
            RAISE EXCEPTION 'Bantam: the server login % is an administration login; Bantam does not change it.',
                p_login USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- A login of the cluster that is not yet this database's (another program's, or a user
        -- of another Bantam database): only the setup login takes it in, never a Bantam admin.
        IF NOT pg_has_role(p_login::name, bantam_group_role()::name, 'MEMBER')
           AND NOT bantam_is_administration_login(caller) THEN
            RAISE EXCEPTION 'Bantam: the server already has a login %; ask the server''s administrator to add it with the login that set Bantam up.',
                p_login USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF p_password IS NULL THEN
        RETURN false;
    ELSE
        EXECUTE format('CREATE ROLE %I NOLOGIN', p_login);
    END IF;
    IF NOT pg_has_role(p_login::name, bantam_group_role()::name, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', bantam_group_role(), p_login);
    END IF;
    IF p_password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    END IF;
    IF p_can_login IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I %s', p_login,
                       CASE WHEN p_can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
    RETURN true;
END $$;

-- The group role and its grants; run again after a restore into another database (its group
-- is named after it). Skipped, with a notice, when the login running it may not create roles:
-- the database then works for administration logins only.
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
    EXECUTE format('GRANT INSERT, UPDATE ON leads TO %I', g);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON activities, calls, lead_attributes, '
                   'lead_scores, qualification_answers, qualification_criteria, '
                   'qualification_facts, sla_clocks, sla_breaches, inbox, import_runs, '
                   'import_mappings, routing_state, routing_credits, users, teams, '
                   'territories, user_territories, routing_rules, sla_calendar, '
                   'sla_working_hours, sla_holidays, sla_policies, sla_mql_targets, reasons, '
                   'scoring_models, qualification_definitions TO %I', g);
    EXECUTE format('REVOKE ALL ON FUNCTION bantam_set_login(text, text, boolean) FROM PUBLIC');
    EXECUTE format('GRANT EXECUTE ON FUNCTION bantam_set_login(text, text, boolean) TO %I', g);
    RETURN true;
END $$;

-- Fixed search paths for the functions that run with their owner's rights (pg_temp last, so
-- nobody's temporary table stands in for users).
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['bantam_user_id(name)', 'bantam_user_role(name)',
        'bantam_user_team(name)', 'bantam_team_of(bigint)', 'bantam_is_administration_login(name)',
        'bantam_set_login(text, text, boolean)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f,
                       current_schema());
    END LOOP;
    EXECUTE 'ALTER FUNCTION bantam_set_login(text, text, boolean) SET password_encryption = ''scram-sha-256''';
END $$;

-- Whether the asking user may write a lead's own rows (qualification, attributes, calls):
-- admins and marketing managers any lead; team leads their team's, their own and unassigned
-- ones; reps their own and unassigned ones (routing and scoring run on behalf of whoever's
-- action created the lead). Inlined into the policies.
CREATE OR REPLACE FUNCTION bantam_may_write_lead(p_lead bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
SELECT CASE bantam_user_role()
    WHEN 'admin' THEN true
    WHEN 'marketing_manager' THEN true
    WHEN 'team_lead' THEN EXISTS (SELECT 1 FROM leads l WHERE l.id = p_lead
        AND (l.owner_id IS NULL OR l.owner_id = bantam_user_id()
             OR bantam_team_of(l.owner_id) = bantam_user_team()))
    WHEN 'rep' THEN EXISTS (SELECT 1 FROM leads l WHERE l.id = p_lead
        AND (l.owner_id IS NULL OR l.owner_id = bantam_user_id()))
    WHEN 'senior_rep' THEN EXISTS (SELECT 1 FROM leads l WHERE l.id = p_lead
        AND (l.owner_id IS NULL OR l.owner_id = bantam_user_id()))
    ELSE false END $$;

-- Row-level security. Reading: every active Bantam user reads every lead and what hangs off
-- it, as the app shows it (lead list, reports, Team tab and unassigned queue); a login that is
-- not an active Bantam user reads nothing. (Team-scoped reading would also refuse routing's
-- own work: an UPDATE must leave the row readable by whoever runs it, and routing assigns a
-- rep's new lead to another team in the rep's transaction.) Writing: bantam_guard_lead() for
-- leads, the policies below for the rest.
ALTER TABLE leads ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS bantam_read ON leads;
CREATE POLICY bantam_read ON leads FOR SELECT USING ((SELECT bantam_user_id()) IS NOT NULL);
DROP POLICY IF EXISTS bantam_insert ON leads;
CREATE POLICY bantam_insert ON leads FOR INSERT WITH CHECK ((SELECT bantam_user_id()) IS NOT NULL);
DROP POLICY IF EXISTS bantam_update ON leads;
CREATE POLICY bantam_update ON leads FOR UPDATE USING ((SELECT bantam_user_id()) IS NOT NULL)
    WITH CHECK (true);
DROP TRIGGER IF EXISTS bantam_guard ON leads;
CREATE TRIGGER bantam_guard BEFORE INSERT ON leads FOR EACH ROW WHEN (NEW.owner_id IS NOT NULL)
    EXECUTE FUNCTION bantam_guard_lead();
DROP TRIGGER IF EXISTS bantam_guard_update ON leads;
CREATE TRIGGER bantam_guard_update BEFORE UPDATE ON leads FOR EACH ROW
    WHEN (NEW.owner_id IS DISTINCT FROM OLD.owner_id OR NEW.stage IS DISTINCT FROM OLD.stage
          OR (OLD.first_name, OLD.last_name, OLD.email, OLD.phone, OLD.company, OLD.job_title,
              OLD.industry, OLD.company_size, OLD.country, OLD.source, OLD.campaign,
              OLD.postcode, OLD.language, OLD.external_id)
             IS DISTINCT FROM
             (NEW.first_name, NEW.last_name, NEW.email, NEW.phone, NEW.company, NEW.job_title,
              NEW.industry, NEW.company_size, NEW.country, NEW.source, NEW.campaign,
              NEW.postcode, NEW.language, NEW.external_id))
    EXECUTE FUNCTION bantam_guard_lead();

-- The tables of a lead. Rows naming their author (history, assignments, activities, calls)
-- are written only in one's own name (or the system's, NULL): routing writes them for a lead
-- that may already be someone else's. History and assignments are insert-only (no UPDATE or
-- DELETE grant).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['stage_history', 'activities', 'calls', 'lead_attributes',
        'lead_scores', 'qualification_answers', 'qualification_criteria', 'qualification_facts',
        'sla_clocks', 'sla_breaches', 'assignments', 'audit_log'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS bantam_read ON %I', t);
        EXECUTE format('CREATE POLICY bantam_read ON %I FOR SELECT USING '
                       '((SELECT bantam_user_id()) IS NOT NULL)', t);
        EXECUTE format('DROP POLICY IF EXISTS bantam_write ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS bantam_insert ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS bantam_update ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS bantam_delete ON %I', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['stage_history', 'assignments', 'audit_log'] LOOP
        EXECUTE format('CREATE POLICY bantam_insert ON %I FOR INSERT WITH CHECK '
                       '((SELECT bantam_user_id()) IS NOT NULL '
                       'AND (actor_id IS NULL OR actor_id = (SELECT bantam_user_id())))', t);
    END LOOP;
    EXECUTE 'CREATE POLICY bantam_insert ON activities FOR INSERT WITH CHECK '
            '((SELECT bantam_user_id()) IS NOT NULL '
            'AND (user_id IS NULL OR user_id = (SELECT bantam_user_id())))';
    EXECUTE 'CREATE POLICY bantam_insert ON calls FOR INSERT WITH CHECK '
            '(user_id = (SELECT bantam_user_id()) AND bantam_may_write_lead(lead_id))';
    FOREACH t IN ARRAY ARRAY['activities', 'calls'] LOOP
        EXECUTE format('CREATE POLICY bantam_update ON %I FOR UPDATE USING '
                       '(bantam_may_write_lead(lead_id)) WITH CHECK '
                       '(user_id IS NULL OR user_id = (SELECT bantam_user_id()))', t);
        EXECUTE format('CREATE POLICY bantam_delete ON %I FOR DELETE USING '
                       '(bantam_may_write_lead(lead_id))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['lead_attributes', 'qualification_answers',
        'qualification_criteria', 'qualification_facts'] LOOP
        EXECUTE format('CREATE POLICY bantam_write ON %I FOR ALL '
                       'USING (bantam_may_write_lead(lead_id)) '
                       'WITH CHECK (bantam_may_write_lead(lead_id))', t);
    END LOOP;
    -- Derived rows that follow every change, on anyone's behalf: scores, SLA clocks (routing
    -- starts and stops them for the new and the old owner) and recorded breaches.
    FOREACH t IN ARRAY ARRAY['lead_scores', 'sla_clocks', 'sla_breaches'] LOOP
        EXECUTE format('CREATE POLICY bantam_write ON %I FOR ALL '
                       'USING ((SELECT bantam_user_id()) IS NOT NULL) '
                       'WITH CHECK ((SELECT bantam_user_id()) IS NOT NULL)', t);
    END LOOP;
END $$;

-- The inbox: one's own; anyone may leave an entry for anyone (routing tells the new owner).
ALTER TABLE inbox ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS bantam_own ON inbox;
CREATE POLICY bantam_own ON inbox FOR ALL USING (user_id = (SELECT bantam_user_id()))
    WITH CHECK (user_id = (SELECT bantam_user_id()));
DROP POLICY IF EXISTS bantam_insert ON inbox;
CREATE POLICY bantam_insert ON inbox FOR INSERT WITH CHECK ((SELECT bantam_user_id()) IS NOT NULL);

-- People and rules.
DROP TRIGGER IF EXISTS bantam_guard ON users;
CREATE TRIGGER bantam_guard BEFORE INSERT OR UPDATE OR DELETE ON users FOR EACH ROW
    EXECUTE FUNCTION bantam_guard_user();
DROP TRIGGER IF EXISTS bantam_guard ON scoring_models;
CREATE TRIGGER bantam_guard BEFORE INSERT OR UPDATE OR DELETE ON scoring_models FOR EACH ROW
    EXECUTE FUNCTION bantam_guard_scoring_model();
DROP TRIGGER IF EXISTS bantam_guard ON user_territories;
CREATE TRIGGER bantam_guard BEFORE INSERT OR UPDATE OR DELETE ON user_territories FOR EACH ROW
    EXECUTE FUNCTION bantam_guard_user_territory();
DO $$
DECLARE
    t text;
    guards text[][] := ARRAY[
        ARRAY['teams', '''admin'''], ARRAY['territories', '''admin'''],
        ARRAY['reasons', '''admin'''], ARRAY['sla_calendar', '''admin'''],
        ARRAY['sla_working_hours', '''admin'''], ARRAY['sla_holidays', '''admin'''],
        ARRAY['sla_policies', '''admin'''],
        ARRAY['routing_rules', '''admin'', ''team_lead'''],
        ARRAY['qualification_definitions', '''admin'', ''marketing_manager'''],
        ARRAY['sla_mql_targets', '''admin'', ''marketing_manager''']];
    i int;
BEGIN
    FOR i IN 1 .. array_length(guards, 1) LOOP
        t := guards[i][1];
        EXECUTE format('DROP TRIGGER IF EXISTS bantam_guard ON %I', t);
        EXECUTE format('CREATE TRIGGER bantam_guard BEFORE INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bantam_only_roles(%s)', t,
                       guards[i][2]);
    END LOOP;
END $$;

SELECT bantam_grant_all();
