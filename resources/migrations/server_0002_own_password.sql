-- Server migration 2 (PostgreSQL only): every Bantam user changes their own password.
--
-- PostgreSQL lets a login change its own password (ALTER ROLE … PASSWORD) without any right
-- beyond being that login, so the function runs with the caller's rights (not SECURITY
-- DEFINER): it only takes the password as a bound parameter and quotes it with format('%L'),
-- and stores it as SCRAM whatever the server's default. Administration logins (superusers, the
-- owner) are the server's to manage and are refused; so is a login that is not an active Bantam
-- user. Core checks the current password first (by signing in with it) and audits the change.
-- Statements end with ';' at the end of a line outside $$ … $$ bodies.

CREATE OR REPLACE FUNCTION bantam_set_own_password(p_password text) RETURNS boolean
LANGUAGE plpgsql SET password_encryption = 'scram-sha-256' AS $$
BEGIN
    IF bantam_is_administration_login(session_user) THEN
        RAISE EXCEPTION 'Bantam: % is an administration login of the server; Bantam does not change its password.',
            session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF bantam_user_id(session_user) IS NULL THEN
        RAISE EXCEPTION 'Bantam: % is not an active Bantam user.', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_password IS NULL OR length(p_password) < 8 THEN
        RAISE EXCEPTION 'Bantam: a password needs at least 8 characters.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_password);
    RETURN true;
END $$;
