/*
 * store-v3.h - a store as goals 0.1.0 wrote it (schema 3), as SQL: five
 * goals added on 2026-10-02 (one on 2026-07-15) with TZ=UTC, three of
 * them with a deadline only in their words ("by Friday", "within 2
 * weeks", "by June"), decimal entries (10.1, 20.1, 30.1 against 60.3;
 * 0.7 and 0.1 against 0.8 a day) and a refined revision.  Made with
 * that version's binary and sqlite3 .dump; for the migration tests.
 */
static const char store_v3_sql[] =
	"CREATE TABLE goals (  gid INTEGER PRIMARY KEY,  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 32),  status TEXT NOT NULL    CHECK (status IN ('active', 'achieved', 'abandoned')),  created TEXT NOT NULL,  updated TEXT NOT NULL,  revision INTEGER NOT NULL DEFAULT 0,  n_entries INTEGER NOT NULL DEFAULT 0,  sum_value REAL NOT NULL DEFAULT 0,  last_at TEXT,  last_value REAL);\n"
	"INSERT INTO goals VALUES(1,'ac33db4c3d4548daa7d08467e3b604c7','active','2026-10-02T09:00:00Z','2026-10-04T09:00:00Z',2,0,0.0,NULL,NULL);\n"
	"INSERT INTO goals VALUES(2,'bfc2f41bd24c4832b964ff80e7cc1c94','active','2026-10-02T09:00:00Z','2026-10-02T09:00:00Z',1,3,60.300000000000004264,'2026-10-05T09:00:00Z',30.10000000000000142);\n"
	"INSERT INTO goals VALUES(3,'8e9f2df7130e4d898309d3c9ab773674','active','2026-07-15T09:00:00Z','2026-07-15T09:00:00Z',1,0,0.0,NULL,NULL);\n"
	"INSERT INTO goals VALUES(4,'7e43dc92d5904bc79d62d55dc90456ef','active','2026-10-02T09:00:00Z','2026-10-02T09:00:00Z',1,2,0.79999999999999993338,'2026-10-05T10:00:00Z',0.10000000000000000555);\n"
	"INSERT INTO goals VALUES(5,'f594892305424071bda48c4a60aa838b','active','2026-10-02T09:00:00Z','2026-10-02T09:00:00Z',1,0,0.0,NULL,NULL);\n"
	"CREATE TABLE revisions (  goal INTEGER NOT NULL REFERENCES goals (gid) ON DELETE CASCADE,  number INTEGER NOT NULL CHECK (number >= 1),  at TEXT NOT NULL,  message TEXT,  text TEXT NOT NULL,  area TEXT,  kind TEXT NOT NULL    CHECK (kind IN ('total', 'level', 'habit', 'done')),  metric TEXT,  unit TEXT,  baseline REAL,  target REAL,  every TEXT CHECK (every IN ('day', 'week', 'month')),  start TEXT,  deadline TEXT,  why TEXT,  parent TEXT,  confidence INTEGER CHECK (confidence BETWEEN 0 AND 10),  review TEXT,  PRIMARY KEY (goal, number)) WITHOUT ROWID;\n"
	"INSERT INTO revisions VALUES(1,1,'2026-10-02T09:00:00Z',NULL,'Finish my CV by Friday because I want a new job',NULL,'done',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);\n"
	"INSERT INTO revisions VALUES(1,2,'2026-10-04T09:00:00Z','with a why','Finish my CV by Friday because I want a new job',NULL,'done',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'I want a new job',NULL,NULL,NULL);\n"
	"INSERT INTO revisions VALUES(2,1,'2026-10-02T09:00:00Z',NULL,'Run 60.3 km within 2 weeks',NULL,'total',NULL,'km',NULL,60.299999999999997156,NULL,NULL,NULL,NULL,NULL,NULL,NULL);\n"
	"INSERT INTO revisions VALUES(3,1,'2026-07-15T09:00:00Z',NULL,'Paint the hall by June',NULL,'done',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);\n"
	"INSERT INTO revisions VALUES(4,1,'2026-10-02T09:00:00Z',NULL,'Drink 0.8 l of water a day',NULL,'habit',NULL,NULL,NULL,0.8000000000000000444,'day',NULL,'2026-11-27',NULL,NULL,NULL,NULL);\n"
	"INSERT INTO revisions VALUES(5,1,'2026-10-02T09:00:00Z',NULL,'Read 12 books',NULL,'total',NULL,NULL,NULL,12.0,NULL,NULL,'2027-06-30',NULL,NULL,NULL,NULL);\n"
	"CREATE TABLE entries (  eid INTEGER PRIMARY KEY,  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 32),  goal INTEGER NOT NULL REFERENCES goals (gid) ON DELETE CASCADE,  at TEXT NOT NULL,  day TEXT NOT NULL,  value REAL NOT NULL,  note TEXT);\n"
	"INSERT INTO entries VALUES(1,'94734103582d4c28a76b6cf98e07185d',2,'2026-10-05T09:00:00Z','2026-10-05',10.099999999999999644,NULL);\n"
	"INSERT INTO entries VALUES(2,'99d5a066c289469fa05e7264daf125f6',2,'2026-10-05T09:00:00Z','2026-10-05',20.10000000000000142,NULL);\n"
	"INSERT INTO entries VALUES(3,'5e578a69715340a99550a6bebac19497',2,'2026-10-05T09:00:00Z','2026-10-05',30.10000000000000142,NULL);\n"
	"INSERT INTO entries VALUES(4,'c01f318cbe594ecb8e2998895b64f9fa',4,'2026-10-05T10:00:00Z','2026-10-05',0.69999999999999995559,NULL);\n"
	"INSERT INTO entries VALUES(5,'ee5c78f52ded4bf388f89a2db0073c53',4,'2026-10-05T10:00:00Z','2026-10-05',0.10000000000000000555,NULL);\n"
	"CREATE TABLE events (  evid INTEGER PRIMARY KEY,  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 32),  goal INTEGER NOT NULL REFERENCES goals (gid) ON DELETE CASCADE,  at TEXT NOT NULL,  type TEXT NOT NULL    CHECK (type IN ('achieved', 'abandoned', 'reopened')),  message TEXT);\n"
	"CREATE TABLE periods (  goal INTEGER NOT NULL REFERENCES goals (gid) ON DELETE CASCADE,  every TEXT NOT NULL CHECK (every IN ('week', 'month')),  first TEXT NOT NULL,  sum REAL NOT NULL,  n INTEGER NOT NULL,  PRIMARY KEY (goal, every, first)) WITHOUT ROWID;\n"
	"INSERT INTO periods VALUES(2,'month','2026-10-01',60.300000000000004264,3);\n"
	"INSERT INTO periods VALUES(2,'week','2026-10-05',60.300000000000004264,3);\n"
	"INSERT INTO periods VALUES(4,'month','2026-10-01',0.79999999999999993338,2);\n"
	"INSERT INTO periods VALUES(4,'week','2026-10-05',0.79999999999999993338,2);\n"
	"CREATE INDEX revisions_parent ON revisions (parent)  WHERE parent IS NOT NULL;\n"
	"CREATE INDEX entries_goal_at ON entries (goal, at, value);\n"
	"CREATE INDEX entries_goal_day ON entries (goal, day, value);\n"
	"CREATE INDEX events_goal ON events (goal, at);\n"
	"CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN  UPDATE goals SET n_entries = n_entries + 1,    sum_value = sum_value + NEW.value,    last_value = CASE WHEN last_at IS NULL OR NEW.at >= last_at      THEN NEW.value ELSE last_value END,    last_at = CASE WHEN last_at IS NULL OR NEW.at >= last_at      THEN NEW.at ELSE last_at END  WHERE gid = NEW.goal;END;\n"
	"CREATE TRIGGER entries_periods_ai AFTER INSERT ON entries BEGIN  INSERT INTO periods VALUES (NEW.goal, 'week',    date(NEW.day, '-6 days', 'weekday 1'), NEW.value, 1)    ON CONFLICT DO UPDATE SET sum = sum + excluded.sum, n = n + 1;  INSERT INTO periods VALUES (NEW.goal, 'month',    substr(NEW.day, 1, 7) || '-01', NEW.value, 1)    ON CONFLICT DO UPDATE SET sum = sum + excluded.sum, n = n + 1;END;\n"
	"CREATE TRIGGER entries_immutable BEFORE UPDATE ON entries BEGIN  SELECT RAISE(ABORT, 'progress entries are immutable');END;\n"
	"CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions BEGIN  SELECT RAISE(ABORT, 'revisions are immutable');END;\n"
	"CREATE TRIGGER entries_ad AFTER DELETE ON entries  WHEN EXISTS (SELECT 1 FROM goals WHERE gid = OLD.goal) BEGIN  UPDATE goals SET n_entries = n_entries - 1,    sum_value = (SELECT total(value) FROM entries      WHERE goal = OLD.goal),    last_at = (SELECT at FROM entries WHERE goal = OLD.goal      ORDER BY at DESC, eid DESC LIMIT 1),    last_value = (SELECT value FROM entries WHERE goal = OLD.goal      ORDER BY at DESC, eid DESC LIMIT 1)  WHERE gid = OLD.goal;END;\n"
	"CREATE TRIGGER entries_periods_ad AFTER DELETE ON entries  WHEN EXISTS (SELECT 1 FROM goals WHERE gid = OLD.goal) BEGIN  UPDATE periods SET sum = sum - OLD.value, n = n - 1    WHERE goal = OLD.goal AND ((every = 'week'      AND first = date(OLD.day, '-6 days', 'weekday 1'))      OR (every = 'month' AND first = substr(OLD.day, 1, 7) || '-01'));  DELETE FROM periods WHERE goal = OLD.goal AND n = 0;END;\n"
	"PRAGMA user_version = 3;\n"
	"PRAGMA application_id = 1735352684;\n";
