package city.citizen.internal;

import city.citizen.api.Channel;
import city.citizen.api.ServiceSummary;
import city.platform.db.SqlValues;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranked search of the catalogue in PostgreSQL: full text over names, descriptions and eligibility (English stems
 * with prefix matching for partial words; Chinese as character bigrams), trigram similarity for misspelt English,
 * and substring matching for one-character Chinese queries.
 */
@ApplicationScoped
class CatalogueSearch {

    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+");
    private static final Pattern CJK = Pattern.compile("[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}]+");
    private static final int MAX_QUERY_LENGTH = 100;

    private final EntityManager em;

    CatalogueSearch(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of matching services, best first, with how many match in all. One statement: the query terms are
     * computed once (a materialized CTE), not per row, and the summaries come straight from the row.
     */
    PageOf<ServiceSummary> search(CatalogueQuery query, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder terms = new StringBuilder("select 1 as one");
        StringBuilder where = new StringBuilder(" where true");
        if (!query.includeRetired()) {
            where.append(" and s.retired_at is null");
        }
        if (query.departmentCode() != null && !query.departmentCode().isBlank()) {
            where.append(" and d.code = :dept");
            params.put("dept", query.departmentCode());
        }
        if (query.channel() != null) {
            where.append(" and s.channel = :channel");
            params.put("channel", query.channel().name());
        }
        String rank = null;
        if (query.hasText()) {
            String text = query.text().strip();
            if (text.length() > MAX_QUERY_LENGTH) {
                text = text.substring(0, MAX_QUERY_LENGTH);
            }
            String english = englishPrefixQuery(text);
            String chinese = chinese(text);
            params.put("text", text);
            StringBuilder match = new StringBuilder("upper(s.code) = upper(:text)");
            StringBuilder score = new StringBuilder("(case when upper(s.code) = upper(:text) then 10 else 0 end)");
            if (!english.isEmpty()) {
                terms.append(", to_tsquery('english', :en) as en, cast(:lower as text) as lower");
                params.put("en", english);
                params.put("lower", text.toLowerCase(Locale.ROOT));
                match.append(" or s.search_doc @@ q.en")
                        .append(" or public.word_similarity(q.lower, lower(s.name_en)) >= 0.45");
                score.append(" + ts_rank_cd(s.search_doc, q.en, 1)")
                        .append(" + public.word_similarity(q.lower, lower(s.name_en))")
                        .append(" + (case when lower(s.name_en) = q.lower then 2 else 0 end)");
            }
            if (!chinese.isEmpty()) {
                terms.append(", platform.cjk_query(:zh) as zh, cast(:zh as text) as zh_text");
                params.put("zh", chinese);
                match.append(" or s.search_doc @@ q.zh or strpos(s.name_zh, q.zh_text) > 0");
                score.append(" + ts_rank_cd(s.search_doc, q.zh, 1)")
                        .append(" + (case when s.name_zh = q.zh_text then 2")
                        .append(" when strpos(s.name_zh, q.zh_text) > 0 then 1 else 0 end)");
            }
            where.append(" and (").append(match).append(')');
            rank = score.toString();
        }
        String order = (rank == null ? "" : rank + " desc, ") + "d.sort_order, s.code";
        Query select = em.createNativeQuery("with q as materialized (" + terms + ")"
                + " select s.code, d.code as department_code, d.name_zh as department_name_zh,"
                + " d.name_en as department_name_en, s.name_zh, s.name_en, s.description_zh, s.description_en,"
                + " s.fee_fen, s.processing_days, s.channel, s.retired_at, count(*) over () as total"
                + " from citizen.gov_service s join citizen.department d on d.id = s.department_id cross join q"
                + where + " order by " + order + " limit :limit offset :offset");
        params.forEach(select::setParameter);
        select.setParameter("limit", page.size());
        select.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        if (rows.isEmpty()) {
            return PageOf.of(List.of(), page, page.page() == 1 ? 0 : countBeyondTheLastPage(query));
        }
        long total = ((Number) rows.get(0)[12]).longValue();
        return PageOf.of(rows.stream().map(CatalogueSearch::summary).toList(), page, total);
    }

    /** A page past the end has no row to carry the total: count again (rare). */
    private long countBeyondTheLastPage(CatalogueQuery query) {
        return search(query, PageQuery.of(1, 1)).totalItems();
    }

    private static ServiceSummary summary(Object[] r) {
        return new ServiceSummary(
                (String) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (String) r[5],
                (String) r[6],
                (String) r[7],
                ((Number) r[8]).longValue(),
                ((Number) r[9]).intValue(),
                Channel.valueOf((String) r[10]),
                SqlValues.instant(r[11]));
    }

    /** {@code "driver licen"} becomes {@code "driver:* & licen:*"}: every word, each also as a prefix. */
    static String englishPrefixQuery(String text) {
        Matcher m = LATIN_WORD.matcher(text.toLowerCase(Locale.ROOT));
        StringBuilder query = new StringBuilder();
        while (m.find()) {
            if (!query.isEmpty()) {
                query.append(" & ");
            }
            query.append(m.group()).append(":*");
        }
        return query.toString();
    }

    /** The Chinese characters of the query, runs joined without spaces. */
    static String chinese(String text) {
        Matcher m = CJK.matcher(text);
        StringBuilder zh = new StringBuilder();
        while (m.find()) {
            zh.append(m.group());
        }
        return zh.toString();
    }
}
