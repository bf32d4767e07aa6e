-- Keys, indexes and the date_maj trigger, added once the tables are loaded (faster than loading into them).

ALTER TABLE crm.societes ADD PRIMARY KEY (code_client);
ALTER TABLE crm.interlocuteurs ADD PRIMARY KEY (id),
    ADD FOREIGN KEY (code_client) REFERENCES crm.societes;
ALTER TABLE crm.articles ADD PRIMARY KEY (ref_article);
ALTER TABLE crm.commandes ADD PRIMARY KEY (num_commande),
    ADD FOREIGN KEY (code_client) REFERENCES crm.societes;
ALTER TABLE crm.lignes_commande ADD PRIMARY KEY (id),
    ADD UNIQUE (num_commande, num_ligne),
    ADD FOREIGN KEY (num_commande) REFERENCES crm.commandes,
    ADD FOREIGN KEY (ref_article) REFERENCES crm.articles;
ALTER TABLE crm.livraisons ADD PRIMARY KEY (id),
    ADD UNIQUE (ref_article, numero_serie),
    ADD FOREIGN KEY (num_commande) REFERENCES crm.commandes,
    ADD FOREIGN KEY (code_client) REFERENCES crm.societes,
    ADD FOREIGN KEY (ref_article) REFERENCES crm.articles;

CREATE INDEX interlocuteurs_code_client ON crm.interlocuteurs (code_client);
CREATE INDEX commandes_code_client ON crm.commandes (code_client, date_commande);
CREATE INDEX livraisons_code_client ON crm.livraisons (code_client);
CREATE INDEX livraisons_num_commande ON crm.livraisons (num_commande);

-- Every export reads "what changed since": one index on date_maj per table.
CREATE INDEX societes_date_maj ON crm.societes (date_maj);
CREATE INDEX interlocuteurs_date_maj ON crm.interlocuteurs (date_maj);
CREATE INDEX articles_date_maj ON crm.articles (date_maj);
CREATE INDEX commandes_date_maj ON crm.commandes (date_maj);
CREATE INDEX lignes_commande_date_maj ON crm.lignes_commande (date_maj);
CREATE INDEX livraisons_date_maj ON crm.livraisons (date_maj);

-- Whatever writes to the CRM, a changed row gets a newer date_maj (unless the writer sets one itself).
CREATE FUNCTION crm.date_maj_actuelle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.date_maj IS NOT DISTINCT FROM OLD.date_maj THEN
        NEW.date_maj := clock_timestamp();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER societes_date_maj BEFORE UPDATE ON crm.societes
    FOR EACH ROW EXECUTE FUNCTION crm.date_maj_actuelle();
CREATE TRIGGER interlocuteurs_date_maj BEFORE UPDATE ON crm.interlocuteurs
    FOR EACH ROW EXECUTE FUNCTION crm.date_maj_actuelle();
CREATE TRIGGER articles_date_maj BEFORE UPDATE ON crm.articles
    FOR EACH ROW EXECUTE FUNCTION crm.date_maj_actuelle();
CREATE TRIGGER commandes_date_maj BEFORE UPDATE ON crm.commandes
    FOR EACH ROW EXECUTE FUNCTION crm.date_maj_actuelle();
CREATE TRIGGER lignes_commande_date_maj BEFORE UPDATE ON crm.lignes_commande
    FOR EACH ROW EXECUTE FUNCTION crm.date_maj_actuelle();
CREATE TRIGGER livraisons_date_maj BEFORE UPDATE ON crm.livraisons
    FOR EACH ROW EXECUTE FUNCTION crm.date_maj_actuelle();
