-- Round 1 in DuckDB without any check: read the CSVs, sum the votes, decide. The floor that the
-- checked script stands on.
CREATE OR REPLACE TEMP TABLE lists AS
  SELECT * FROM read_csv('lists.csv', header = true,
    columns = {'code': 'VARCHAR', 'constituency': 'VARCHAR', 'name': 'VARCHAR', 'parties': 'VARCHAR'});
CREATE OR REPLACE TEMP TABLE stations AS
  SELECT * FROM read_csv('stations.csv', header = true,
    columns = {'code': 'VARCHAR', 'constituency': 'VARCHAR', 'name': 'VARCHAR', 'registered': 'BIGINT'});
CREATE OR REPLACE TEMP TABLE sheets AS
  SELECT * FROM read_csv('round-1/sheets.csv', header = true,
    columns = {'station': 'VARCHAR', 'registered': 'BIGINT', 'voters': 'BIGINT', 'invalid': 'BIGINT', 'valid': 'BIGINT'});
CREATE OR REPLACE TEMP TABLE votes AS
  SELECT * FROM read_csv('round-1/votes.csv', header = true,
    columns = {'station': 'VARCHAR', 'list': 'VARCHAR', 'votes': 'BIGINT'});
CREATE OR REPLACE TEMP TABLE outcomes AS
  WITH list_votes AS (
    SELECT l.constituency, v.list, sum(v.votes) AS votes FROM votes v JOIN lists l ON l.code = v.list
    GROUP BY l.constituency, v.list),
  valid AS (
    SELECT st.constituency, sum(s.valid) AS valid FROM sheets s JOIN stations st ON st.code = s.station
    GROUP BY st.constituency),
  ranked AS (
    SELECT *, row_number() OVER (PARTITION BY constituency ORDER BY votes DESC, list) AS position FROM list_votes)
  SELECT r.constituency,
         CASE WHEN max(r.votes) * 2 > max(w.valid) THEN 'elected' ELSE 'runoff' END AS status,
         string_agg(r.list, ' ' ORDER BY r.list) FILTER (WHERE r.position <= 2) AS lists
  FROM ranked r JOIN valid w USING (constituency)
  GROUP BY r.constituency;
