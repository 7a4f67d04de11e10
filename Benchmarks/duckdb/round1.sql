-- Round 1 of a Scrutin bundle in DuckDB: read the CSVs, make the same sheet checks as Scrutin,
-- decide every constituency. Run from the bundle folder (paths are relative to it).
-- Output: the table `outcomes(constituency, status, lists)`, where status is elected, runoff,
-- tie, counting or blocked and lists are the elected list or the runoff pair (or the tied lists),
-- codes joined by ' '.

CREATE OR REPLACE TEMP TABLE stations AS
  SELECT * FROM read_csv('stations.csv', header = true, quote = '"', escape = '"',
    columns = {'code': 'VARCHAR', 'constituency': 'VARCHAR', 'name': 'VARCHAR', 'registered': 'BIGINT'});
CREATE OR REPLACE TEMP TABLE lists AS
  SELECT * FROM read_csv('lists.csv', header = true, quote = '"', escape = '"',
    columns = {'code': 'VARCHAR', 'constituency': 'VARCHAR', 'name': 'VARCHAR', 'parties': 'VARCHAR'});
CREATE OR REPLACE TEMP TABLE sheets AS
  SELECT *, row_number() OVER () AS sheet FROM read_csv('round-1/sheets.csv', header = true, quote = '"', escape = '"',
    columns = {'station': 'VARCHAR', 'registered': 'BIGINT', 'voters': 'BIGINT', 'invalid': 'BIGINT', 'valid': 'BIGINT'});
CREATE OR REPLACE TEMP TABLE votes AS
  SELECT * FROM read_csv('round-1/votes.csv', header = true, quote = '"', escape = '"',
    columns = {'station': 'VARCHAR', 'list': 'VARCHAR', 'votes': 'BIGINT'});
CREATE OR REPLACE TEMP TABLE closed AS
  SELECT * FROM read_csv('round-1/closed.csv', header = true, quote = '"', escape = '"',
    columns = {'station': 'VARCHAR', 'reason': 'VARCHAR'});

-- Sheets held back (Scrutin's E codes), by station.
CREATE OR REPLACE TEMP TABLE held AS
  SELECT DISTINCT station FROM (
    -- E106: two sheets for one station (both held)
    SELECT station FROM sheets GROUP BY station HAVING count(*) > 1
    UNION ALL
    -- E101, E107: voters ≠ invalid + valid, negative numbers
    SELECT station FROM sheets
      WHERE voters <> invalid + valid OR registered < 0 OR voters < 0 OR invalid < 0 OR valid < 0
    UNION ALL
    -- E113: a sheet for a station that did not open
    SELECT s.station FROM sheets s JOIN closed c ON c.station = s.station
    UNION ALL
    -- E103, E112, E107, E110: a vote row for a list not running there (or unknown), negative, repeated
    SELECT v.station FROM votes v
      JOIN stations st ON st.code = v.station
      LEFT JOIN lists l ON l.code = v.list
      WHERE l.constituency IS DISTINCT FROM st.constituency OR v.votes < 0
    UNION ALL
    SELECT station FROM votes GROUP BY station, list HAVING count(*) > 1
    UNION ALL
    -- E102: list votes that do not add up to the valid votes (rows naming known, running lists)
    SELECT s.station FROM sheets s
      LEFT JOIN (SELECT station, sum(votes) AS total FROM votes GROUP BY station) t ON t.station = s.station
      WHERE coalesce(t.total, 0) <> s.valid
  );

-- E105: sheets for unknown stations (listed; they belong to no constituency).
CREATE OR REPLACE TEMP TABLE unknown_sheets AS
  SELECT s.station FROM sheets s ANTI JOIN stations st ON st.code = s.station;

-- W201: counted sheets with more voters than registered (counted, flagged).
CREATE OR REPLACE TEMP TABLE above_registered AS
  SELECT s.station FROM sheets s ANTI JOIN held h ON h.station = s.station WHERE s.voters > s.registered;

-- Station states and coverage per constituency.
CREATE OR REPLACE TEMP TABLE coverage AS
  SELECT st.constituency,
         count(*) AS expected,
         count(*) FILTER (WHERE h.station IS NOT NULL) AS quarantined,
         count(*) FILTER (WHERE h.station IS NULL AND s.station IS NOT NULL) AS counted,
         count(*) FILTER (WHERE h.station IS NULL AND s.station IS NULL AND c.station IS NOT NULL) AS closed
  FROM stations st
  LEFT JOIN (SELECT DISTINCT station FROM held) h ON h.station = st.code
  LEFT JOIN (SELECT DISTINCT station FROM sheets) s ON s.station = st.code
  LEFT JOIN closed c ON c.station = st.code
  GROUP BY st.constituency;

-- Votes of counted sheets, by list; valid votes by constituency.
CREATE OR REPLACE TEMP TABLE list_votes AS
  SELECT l.constituency, l.code AS list, coalesce(sum(v.votes), 0) AS votes
  FROM lists l
  LEFT JOIN (
    SELECT v.list, v.votes FROM votes v
    JOIN sheets s ON s.station = v.station
    ANTI JOIN held h ON h.station = v.station
  ) v ON v.list = l.code
  GROUP BY l.constituency, l.code;
CREATE OR REPLACE TEMP TABLE valid_votes AS
  SELECT st.constituency, coalesce(sum(s.valid), 0) AS valid
  FROM stations st JOIN sheets s ON s.station = st.code ANTI JOIN held h ON h.station = s.station
  GROUP BY st.constituency;

-- Outcomes: majority → elected; else the top two; equal votes at the line → tie.
CREATE OR REPLACE TEMP TABLE ranked AS
  SELECT constituency, list, votes,
         row_number() OVER (PARTITION BY constituency ORDER BY votes DESC, list) AS position,
         count(*) OVER (PARTITION BY constituency) AS lists
  FROM list_votes;
CREATE OR REPLACE TEMP TABLE outcomes AS
  WITH top AS (
    SELECT r.constituency,
           max(r.votes) FILTER (WHERE r.position = 1) AS first,
           max(r.votes) FILTER (WHERE r.position = 2) AS second,
           max(r.votes) FILTER (WHERE r.position = 3) AS third,
           max(r.list) FILTER (WHERE r.position = 1) AS first_list,
           max(r.list) FILTER (WHERE r.position = 2) AS second_list,
           max(r.lists) AS lists
    FROM ranked r GROUP BY r.constituency
  )
  SELECT t.constituency,
         CASE
           WHEN c.quarantined > 0 THEN 'blocked'
           WHEN c.counted + c.closed < c.expected THEN 'counting'
           WHEN t.first * 2 > coalesce(w.valid, 0) THEN 'elected'
           WHEN t.lists > 2 AND t.second = t.third THEN 'tie'
           ELSE 'runoff'
         END AS status,
         CASE
           WHEN c.quarantined > 0 OR c.counted + c.closed < c.expected THEN ''
           WHEN t.first * 2 > coalesce(w.valid, 0) THEN t.first_list
           WHEN t.lists > 2 AND t.second = t.third THEN (
             SELECT string_agg(r.list, ' ' ORDER BY r.list) FROM ranked r
             WHERE r.constituency = t.constituency AND r.votes = t.second)
           ELSE (SELECT string_agg(list, ' ' ORDER BY list) FROM (VALUES (t.first_list), (t.second_list)) AS p(list))
         END AS lists
  FROM top t
  JOIN coverage c ON c.constituency = t.constituency
  LEFT JOIN valid_votes w ON w.constituency = t.constituency;
