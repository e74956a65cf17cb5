-- The audit log stays append-only, with one exception: erasing a commenter on request may
-- rewrite the summary and details of existing entries (to remove their name), and only inside
-- a transaction that declares it with SET LOCAL "campaign.audit_redaction" = 'on'. Who acted,
-- what, on which target and when can never change, and rows can never be deleted.
CREATE OR REPLACE FUNCTION "audit_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
        AND current_setting('campaign.audit_redaction', true) = 'on'
        AND NEW."id" = OLD."id"
        AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
        AND NEW."actorEmail" IS NOT DISTINCT FROM OLD."actorEmail"
        AND NEW."action" = OLD."action"
        AND NEW."targetType" IS NOT DISTINCT FROM OLD."targetType"
        AND NEW."targetId" IS NOT DISTINCT FROM OLD."targetId"
        AND NEW."createdAt" = OLD."createdAt"
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'AuditLog rows cannot be changed or deleted';
END;
$$;
