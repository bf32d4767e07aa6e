-- What the company runs on its CRM database so that Origyne SAV reads what it needs and nothing else.
-- Run it as the owner of schema crm (or a superuser), in the CRM database, e.g. `psql -d crm -f source_side.sql`;
-- then give the role its password with psql's `\password sav_reader` (it sends only a SCRAM verifier, so the
-- password is never in a file, a shell history or the server's log). Running it again is harmless.

-- 1. The only thing the SAV sees: views in a schema of their own. They choose the columns (no sales rep,
--    credit limit or purchase price leaves the CRM) and turn "deleted" into the "active" the SAV knows.
--    They run with their owner's rights on schema crm, so the SAV needs no right at all on the tables.
CREATE SCHEMA IF NOT EXISTS sav_export;

CREATE OR REPLACE VIEW sav_export.clients AS
    SELECT code_client, raison_sociale, siret, email, telephone, adresse, code_postal, ville, pays, actif, date_maj
    FROM crm.societes;

CREATE OR REPLACE VIEW sav_export.interlocuteurs AS
    SELECT id::text AS id_interlocuteur, code_client, prenom, nom, email, telephone, fonction, actif, date_maj
    FROM crm.interlocuteurs;

CREATE OR REPLACE VIEW sav_export.articles AS
    SELECT ref_article, libelle, description, actif, date_maj
    FROM crm.articles;

CREATE OR REPLACE VIEW sav_export.commandes AS
    SELECT num_commande, code_client, date_commande, statut, montant_ttc, date_maj
    FROM crm.commandes;

CREATE OR REPLACE VIEW sav_export.lignes_commande AS
    SELECT id::text AS id_ligne, num_commande, num_ligne, ref_article, libelle, quantite, prix_unitaire, date_maj
    FROM crm.lignes_commande;

CREATE OR REPLACE VIEW sav_export.livraisons AS
    SELECT id::text AS id_livraison, num_commande, code_client, ref_article, numero_serie, date_livraison,
           supprime_le IS NULL AS actif, date_maj
    FROM crm.livraisons;

-- 2. The SAV's role: it logs in, and can do nothing else (not inherit another role's rights either).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sav_reader') THEN
        CREATE ROLE sav_reader;
    END IF;
END
$$;
ALTER ROLE sav_reader WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT
    CONNECTION LIMIT 5;

-- Every transaction of the role starts read-only: a safety net only (a session may turn it off);
-- what stops writes are the grants below, which allow nothing but SELECT on the views.
ALTER ROLE sav_reader SET default_transaction_read_only = on;
ALTER ROLE sav_reader SET search_path = sav_export;
ALTER ROLE sav_reader SET statement_timeout = '15min';
ALTER ROLE sav_reader SET idle_in_transaction_session_timeout = '5min';

-- 3. Its rights: connect, look into sav_export, read its views. Nothing on crm, nothing on public.
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO sav_reader', current_database());
END
$$;
REVOKE ALL ON SCHEMA sav_export FROM PUBLIC;
GRANT USAGE ON SCHEMA sav_export TO sav_reader;
REVOKE ALL ON ALL TABLES IN SCHEMA sav_export FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA sav_export TO sav_reader;
-- A view added here later by the same owner is readable by the SAV without another GRANT.
ALTER DEFAULT PRIVILEGES IN SCHEMA sav_export GRANT SELECT ON TABLES TO sav_reader;

-- Schema crm was never opened to PUBLIC; public is closed to PUBLIC too (the CRM keeps nothing there;
-- an application of the company that does use public is granted USAGE on it by name).
REVOKE ALL ON SCHEMA crm FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
