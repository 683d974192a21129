-- Shared search support for every module: trigram similarity for Latin text, and CJK bigrams so that
-- PostgreSQL full-text search works on Chinese (which has no spaces between words) without extra extensions.
create extension if not exists pg_trgm with schema public;

-- Turns every run of CJK ideographs into its overlapping two-character pieces ("驾驶证" -> "驾驶 驶证"),
-- the same approach as Lucene's CJK analyser. Runs of one character stay as they are. Other text is dropped.
create or replace function platform.cjk_bigrams(input text) returns text
    language sql immutable parallel safe strict as
$$
select coalesce(string_agg(substr(run.t, i, 2), ' ' order by run.n, i), '')
from (select m[1] as t, row_number() over () as n
      from regexp_matches(input, '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', 'g') as m) as run,
     generate_series(1, greatest(length(run.t) - 1, 1)) as i
$$;

-- A tsquery that needs every bigram of the Chinese part of a query, or null when the query has no CJK text.
create or replace function platform.cjk_query(input text) returns tsquery
    language sql immutable parallel safe strict as
$$
select case when platform.cjk_bigrams(input) = '' then null
            else plainto_tsquery('simple', platform.cjk_bigrams(input)) end
$$;
