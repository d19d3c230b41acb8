#include "repositoryschema.h"

namespace sightline::storage {

namespace {

// Group roles (cluster-wide, created once): the NOLOGIN owner of every table and the three
// roles a database role is granted with `repo grant`.
constexpr const char* kRoles = R"SQL(
DO $roles$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sightline_owner') THEN
    CREATE ROLE sightline_owner NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sightline_facilitator') THEN
    CREATE ROLE sightline_facilitator NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sightline_editor') THEN
    CREATE ROLE sightline_editor NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sightline_viewer') THEN
    CREATE ROLE sightline_viewer NOLOGIN;
  END IF;
END
$roles$;
)SQL";

// Schema version 1. Every map table holds one row per entity of the map-format (the entity's
// JSON object in `data`), the revision that last changed it (`version`, set by the server) and
// its place in the map's order (`ord`). Triggers owned by sightline_owner number revisions and
// write the log; row-level security decides who may change which row.
constexpr const char* kVersion1 = R"SQL(
CREATE SCHEMA sightline AUTHORIZATION sightline_owner;
SET LOCAL ROLE sightline_owner;
SET LOCAL search_path = sightline, pg_catalog;

CREATE TABLE schema_version (version integer NOT NULL);
INSERT INTO schema_version VALUES (1);

CREATE TABLE maps (
  name text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 200),
  rev bigint NOT NULL DEFAULT 0,
  created timestamptz NOT NULL DEFAULT now(),
  changed timestamptz NOT NULL DEFAULT now(),
  changed_by name NOT NULL DEFAULT session_user
);
CREATE TABLE grants (
  map text NOT NULL REFERENCES maps ON DELETE CASCADE,
  role name NOT NULL,
  access text NOT NULL CHECK (access IN ('facilitator', 'editor', 'viewer')),
  team text NOT NULL DEFAULT '' CHECK ((access = 'editor') = (team <> '')),
  PRIMARY KEY (map, role, access, team)
);
CREATE TABLE log (
  map text NOT NULL REFERENCES maps ON DELETE CASCADE,
  rev bigint NOT NULL,
  time timestamptz NOT NULL DEFAULT now(),
  "user" name NOT NULL DEFAULT session_user,
  txid bigint NOT NULL DEFAULT txid_current(),
  PRIMARY KEY (map, rev)
);
CREATE TABLE log_ops (
  map text NOT NULL,
  rev bigint NOT NULL,
  seq bigserial,
  op jsonb NOT NULL,
  PRIMARY KEY (map, rev, seq),
  FOREIGN KEY (map, rev) REFERENCES log ON DELETE CASCADE
);
CREATE TABLE doc (
  map text NOT NULL REFERENCES maps ON DELETE CASCADE,
  key text NOT NULL,
  data jsonb NOT NULL,
  version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (map, key)
);
CREATE TABLE teams (
  map text NOT NULL REFERENCES maps ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  parent text GENERATED ALWAYS AS (data->>'parent') STORED,
  version bigint NOT NULL DEFAULT 0,
  ord bigint NOT NULL,
  PRIMARY KEY (map, id)
);
CREATE TABLE people (
  map text NOT NULL REFERENCES maps ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  version bigint NOT NULL DEFAULT 0,
  ord bigint NOT NULL,
  PRIMARY KEY (map, id)
);
CREATE TABLE nodes (
  map text NOT NULL REFERENCES maps ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  team text GENERATED ALWAYS AS (data->>'team') STORED,
  version bigint NOT NULL DEFAULT 0,
  ord bigint NOT NULL,
  PRIMARY KEY (map, id)
);
CREATE TABLE links (
  map text NOT NULL REFERENCES maps ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  from_node text GENERATED ALWAYS AS (data->>'from') STORED,
  version bigint NOT NULL DEFAULT 0,
  ord bigint NOT NULL,
  PRIMARY KEY (map, id)
);
CREATE TABLE measure_values (
  map text NOT NULL REFERENCES maps ON DELETE CASCADE,
  measure text NOT NULL,
  date text NOT NULL,
  data jsonb NOT NULL,
  version bigint NOT NULL DEFAULT 0,
  ord bigint NOT NULL,
  PRIMARY KEY (map, measure, date)
);
CREATE TABLE positions (
  map text NOT NULL REFERENCES maps ON DELETE CASCADE,
  view text NOT NULL,
  node text NOT NULL,
  data jsonb NOT NULL,
  version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (map, view, node)
);

-- Who may do what: session_user (the person's own login, never a shared one) against grants.
CREATE FUNCTION can_read(m text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
  SELECT EXISTS (SELECT 1 FROM grants g JOIN pg_roles r ON r.rolname = g.role
                 WHERE g.map = m AND pg_has_role(session_user, r.oid, 'MEMBER'))
$$;
-- The maps session_user may read, for the read policies: evaluated once a statement (as an
-- InitPlan), not once a row.
CREATE FUNCTION readable_maps() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
  SELECT coalesce(array_agg(DISTINCT g.map), '{}') FROM grants g JOIN pg_roles r ON r.rolname = g.role
  WHERE pg_has_role(session_user, r.oid, 'MEMBER')
$$;
CREATE FUNCTION is_facilitator(m text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
  SELECT EXISTS (SELECT 1 FROM grants g JOIN pg_roles r ON r.rolname = g.role
                 WHERE g.map = m AND g.access = 'facilitator' AND pg_has_role(session_user, r.oid, 'MEMBER'))
$$;
-- A node of team t may be written by the map's facilitators and by editors granted t or a
-- team above it.
CREATE FUNCTION can_write_team(m text, t text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
  SELECT is_facilitator(m) OR (t IS NOT NULL AND EXISTS (
    WITH RECURSIVE up(id, depth) AS (
      SELECT t, 0
      UNION ALL
      SELECT tm.parent, up.depth + 1 FROM teams tm JOIN up ON tm.map = m AND tm.id = up.id
      WHERE tm.parent IS NOT NULL AND up.depth < 1000)
    SELECT 1 FROM grants g JOIN up ON g.team = up.id JOIN pg_roles r ON r.rolname = g.role
    WHERE g.map = m AND g.access = 'editor' AND pg_has_role(session_user, r.oid, 'MEMBER')))
$$;
CREATE FUNCTION can_write_node(m text, n text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
  SELECT is_facilitator(m) OR EXISTS (SELECT 1 FROM nodes WHERE map = m AND id = n AND can_write_team(m, team))
$$;

-- Each transaction that changes a map is one revision: the first changed row locks the map,
-- takes the next number and opens the log entry; every row change appends its operation in
-- edit-script form. NOTIFY is delivered at commit only.
CREATE FUNCTION revision(m text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
DECLARE r bigint;
BEGIN
  SELECT l.rev INTO r FROM log l WHERE l.map = m AND l.txid = txid_current();
  IF r IS NULL THEN
    UPDATE maps SET rev = rev + 1, changed = now(), changed_by = session_user
      WHERE name = m RETURNING rev INTO r;
    IF r IS NULL THEN
      RETURN NULL; -- the map itself is being removed
    END IF;
    INSERT INTO log (map, rev) VALUES (m, r);
    PERFORM pg_notify('sightline', m || ':' || r);
  END IF;
  RETURN r;
END
$$;
CREATE FUNCTION log_op(m text, r bigint, o jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
  INSERT INTO log_ops (map, rev, op) VALUES (m, r, o)
$$;
-- The `set` operations that turn object a into object b (a removed key is set to null).
CREATE FUNCTION set_ops(entity text, ident jsonb, a jsonb, b jsonb) RETURNS SETOF jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('op', 'set', 'entity', entity) || ident
         || jsonb_build_object('field', k, 'value', coalesce(b->k, 'null'::jsonb))
  FROM (SELECT jsonb_object_keys(a) AS k UNION SELECT jsonb_object_keys(b)) keys
  WHERE (a->k) IS DISTINCT FROM (b->k)
  ORDER BY k
$$;

CREATE FUNCTION on_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
DECLARE
  m text := CASE WHEN TG_OP = 'DELETE' THEN OLD.map ELSE NEW.map END;
  r bigint := revision(m);
  o jsonb;
  entity text := CASE TG_TABLE_NAME WHEN 'teams' THEN 'team' WHEN 'people' THEN 'person'
                 WHEN 'nodes' THEN 'node' WHEN 'links' THEN 'link' ELSE TG_TABLE_NAME END;
BEGIN
  IF r IS NULL THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'no map named %', m USING ERRCODE = 'no_data_found';
  END IF;
  IF TG_OP <> 'DELETE' THEN
    NEW.version := r;
  END IF;
  IF TG_TABLE_NAME = 'doc' THEN
    PERFORM log_op(m, r, jsonb_build_object('op', 'set', 'entity', 'map',
      'field', CASE WHEN TG_OP = 'DELETE' THEN OLD.key ELSE NEW.key END,
      'value', CASE WHEN TG_OP = 'DELETE' THEN 'null'::jsonb ELSE NEW.data END));
  ELSIF TG_TABLE_NAME = 'measure_values' THEN
    IF TG_OP = 'INSERT' THEN
      o := jsonb_build_object('op', 'add-value', 'measure', NEW.measure) || NEW.data;
    ELSIF TG_OP = 'DELETE' THEN
      o := jsonb_build_object('op', 'remove-value', 'measure', OLD.measure, 'date', OLD.date);
    ELSE
      o := jsonb_build_object('op', 'update-value', 'measure', NEW.measure, 'date', OLD.date, 'to', NEW.data);
    END IF;
    PERFORM log_op(m, r, o);
  ELSIF TG_TABLE_NAME = 'positions' THEN
    IF TG_OP = 'DELETE' THEN
      o := jsonb_build_object('op', 'unplace', 'view', OLD.view, 'node', OLD.node);
    ELSE
      o := jsonb_build_object('op', 'place', 'view', NEW.view, 'node', NEW.node) || NEW.data;
    END IF;
    PERFORM log_op(m, r, o);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM log_op(m, r, jsonb_build_object('op', 'add-' || entity, entity, NEW.data));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM log_op(m, r, jsonb_build_object('op', 'remove-' || entity, 'id', OLD.id));
  ELSE
    IF NEW.id <> OLD.id THEN
      RAISE EXCEPTION 'an id cannot be changed' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM log_op(m, r, op) FROM set_ops(entity, jsonb_build_object('id', NEW.id), OLD.data, NEW.data) op;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;

-- Maps are created through this function only: it makes the creator the map's facilitator.
CREATE FUNCTION create_map(m text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
BEGIN
  IF NOT pg_has_role(session_user, 'sightline_facilitator', 'MEMBER') THEN
    RAISE EXCEPTION 'only members of sightline_facilitator may create maps' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO maps (name) VALUES (m);
  INSERT INTO grants (map, role, access) VALUES (m, session_user, 'facilitator');
END
$$;
-- Removing a map (convert --replace) is for its facilitators.
CREATE FUNCTION drop_map(m text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
BEGIN
  IF NOT is_facilitator(m) THEN
    RAISE EXCEPTION 'only the facilitators of map % may replace or remove it', m USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM maps WHERE name = m;
END
$$;
-- Locks the map for one writing transaction and returns its revision: writers take turns, so
-- rules that span rows are checked against what every earlier writer committed.
CREATE FUNCTION lock_map(m text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
DECLARE r bigint;
BEGIN
  IF NOT can_read(m) THEN
    RAISE EXCEPTION 'no map named % that you may open', m USING ERRCODE = 'no_data_found';
  END IF;
  SELECT rev INTO r FROM maps WHERE name = m FOR UPDATE;
  RETURN r;
END
$$;

DO $triggers$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['doc', 'teams', 'people', 'nodes', 'links', 'measure_values', 'positions'] LOOP
    EXECUTE format('CREATE TRIGGER on_change BEFORE INSERT OR UPDATE OR DELETE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION on_change()', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['maps', 'grants', 'log', 'log_ops', 'doc', 'teams', 'people', 'nodes', 'links',
                           'measure_values', 'positions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    -- The owner acts only inside the functions above (it cannot log in).
    EXECUTE format('CREATE POLICY owner_all ON %I TO sightline_owner USING (true) WITH CHECK (true)', t);
    -- Everyone may ask; row-level security shows only the maps granted to them.
    EXECUTE format('GRANT SELECT ON %I TO PUBLIC', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['grants', 'log', 'log_ops', 'doc', 'teams', 'people', 'nodes', 'links',
                           'measure_values', 'positions'] LOOP
    EXECUTE format('CREATE POLICY readers ON %I FOR SELECT USING (map = ANY ((SELECT readable_maps())::text[]))', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['grants', 'doc', 'teams', 'people', 'nodes', 'links', 'measure_values', 'positions'] LOOP
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO sightline_facilitator', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['nodes', 'links', 'measure_values', 'positions'] LOOP
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO sightline_editor', t);
  END LOOP;
END
$triggers$;
CREATE POLICY readers ON maps FOR SELECT USING (name = ANY ((SELECT readable_maps())::text[]));
CREATE INDEX ON teams (map, ord);
CREATE INDEX ON people (map, ord);
CREATE INDEX ON nodes (map, ord);
CREATE INDEX ON links (map, ord);
CREATE INDEX ON measure_values (map, ord);
CREATE INDEX ON log (map, txid);
GRANT USAGE ON SCHEMA sightline TO PUBLIC;
GRANT EXECUTE ON FUNCTION lock_map(text), can_read(text), readable_maps(), is_facilitator(text), can_write_team(text, text),
  can_write_node(text, text) TO sightline_facilitator, sightline_editor, sightline_viewer;
GRANT EXECUTE ON FUNCTION create_map(text), drop_map(text) TO sightline_facilitator;
REVOKE EXECUTE ON FUNCTION revision(text), log_op(text, bigint, jsonb) FROM PUBLIC;

-- Writers: facilitators everything in their maps; editors the nodes of their teams (before and
-- after the change), those nodes' values and positions, and links from them.
CREATE POLICY facilitators ON grants FOR ALL USING (is_facilitator(map)) WITH CHECK (is_facilitator(map));
CREATE POLICY facilitators ON doc FOR ALL USING (is_facilitator(map)) WITH CHECK (is_facilitator(map));
CREATE POLICY facilitators ON teams FOR ALL USING (is_facilitator(map)) WITH CHECK (is_facilitator(map));
CREATE POLICY facilitators ON people FOR ALL USING (is_facilitator(map)) WITH CHECK (is_facilitator(map));
CREATE POLICY writers_insert ON nodes FOR INSERT WITH CHECK (can_write_team(map, team));
CREATE POLICY writers_update ON nodes FOR UPDATE USING (can_write_team(map, team)) WITH CHECK (can_write_team(map, team));
CREATE POLICY writers_delete ON nodes FOR DELETE USING (can_write_team(map, team));
CREATE POLICY writers_insert ON links FOR INSERT WITH CHECK (can_write_node(map, from_node));
CREATE POLICY writers_update ON links FOR UPDATE USING (can_write_node(map, from_node)) WITH CHECK (can_write_node(map, from_node));
CREATE POLICY writers_delete ON links FOR DELETE USING (can_write_node(map, from_node));
CREATE POLICY writers_insert ON measure_values FOR INSERT WITH CHECK (can_write_node(map, measure));
CREATE POLICY writers_update ON measure_values FOR UPDATE USING (can_write_node(map, measure)) WITH CHECK (can_write_node(map, measure));
CREATE POLICY writers_delete ON measure_values FOR DELETE USING (can_write_node(map, measure));
CREATE POLICY writers_insert ON positions FOR INSERT WITH CHECK (can_write_node(map, node));
CREATE POLICY writers_update ON positions FOR UPDATE USING (can_write_node(map, node)) WITH CHECK (can_write_node(map, node));
CREATE POLICY writers_delete ON positions FOR DELETE USING (can_write_node(map, node));

-- The whole map as one map-format document (version 2).
CREATE FUNCTION map_json(m text) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = sightline, pg_catalog AS $$
  SELECT jsonb_build_object('format', 'sightline-map', 'version', 2)
    || coalesce((SELECT jsonb_object_agg(key, data) FROM doc WHERE map = m), '{}'::jsonb)
    || jsonb_build_object(
      'teams', coalesce((SELECT jsonb_agg(data ORDER BY ord) FROM teams WHERE map = m), '[]'::jsonb),
      'people', coalesce((SELECT jsonb_agg(data ORDER BY ord) FROM people WHERE map = m), '[]'::jsonb),
      'nodes', coalesce((SELECT jsonb_agg(CASE WHEN v.vals IS NULL THEN n.data
                                               ELSE n.data || jsonb_build_object('values', v.vals) END
                                          ORDER BY n.ord)
                         FROM nodes n
                         LEFT JOIN (SELECT measure, jsonb_agg(data ORDER BY ord) AS vals
                                    FROM measure_values WHERE map = m GROUP BY measure) v ON v.measure = n.id
                         WHERE n.map = m), '[]'::jsonb),
      'links', coalesce((SELECT jsonb_agg(data ORDER BY ord) FROM links WHERE map = m), '[]'::jsonb),
      'views', coalesce((SELECT jsonb_object_agg(view, jsonb_build_object('positions', p))
                         FROM (SELECT view, jsonb_object_agg(node, data) AS p FROM positions
                               WHERE map = m GROUP BY view) s), '{}'::jsonb))
$$;
GRANT EXECUTE ON FUNCTION map_json(text) TO sightline_facilitator, sightline_editor, sightline_viewer;
)SQL";

// Version 2: people gain a login (their database role, map-format's person "login"). An
// approval of a value that an editor writes names the person of the map whose login is the
// session's role, whatever approver the client sent; an editor whom no person of the map names
// cannot approve. Facilitators record approvals as they were given (uploads, history).
constexpr const char* kVersion2 = R"SQL(
SET LOCAL search_path = sightline, pg_catalog;
CREATE FUNCTION approver() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = sightline, pg_catalog AS $$
DECLARE p text;
BEGIN
  IF NEW.data->>'approvedBy' IS NULL OR is_facilitator(NEW.map) THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW.data->'approvedBy') IS NOT DISTINCT FROM (OLD.data->'approvedBy') THEN
    RETURN NEW;
  END IF;
  SELECT id INTO p FROM people WHERE map = NEW.map AND data->>'login' = session_user::text ORDER BY ord LIMIT 1;
  IF p IS NULL THEN
    RAISE EXCEPTION 'no person of map % has the login %: an approval names its approver, so ask a facilitator to set your login on your person', NEW.map, session_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  NEW.data := jsonb_set(NEW.data, '{approvedBy}', to_jsonb(p));
  RETURN NEW;
END
$$;
-- Before on_change (triggers fire in name order), so that the log records the approver set here.
CREATE TRIGGER approver BEFORE INSERT OR UPDATE ON measure_values FOR EACH ROW EXECUTE FUNCTION approver();
)SQL";

} // namespace

int repositorySchemaVersion() {
    return 2;
}

std::vector<const char*> repositoryMigrations() {
    return {kVersion1, kVersion2};
}

const char* repositoryRoles() {
    return kRoles;
}

} // namespace sightline::storage
