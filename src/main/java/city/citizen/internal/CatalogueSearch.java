package city.citizen.internal;

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

    /** The ids of one page of matching services, best first, and how many match in all. */
    record Hits(List<Long> ids, long total) {}

    Hits search(CatalogueQuery query, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
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
            String tsquery = tsquery(!english.isEmpty(), !chinese.isEmpty());
            StringBuilder match = new StringBuilder("upper(s.code) = upper(:text)");
            StringBuilder score = new StringBuilder("(case when upper(s.code) = upper(:text) then 10 else 0 end)");
            params.put("text", text);
            if (tsquery != null) {
                match.append(" or s.search_doc @@ ").append(tsquery);
                score.append(" + ts_rank_cd(s.search_doc, ").append(tsquery).append(", 1)");
            }
            if (!english.isEmpty()) {
                params.put("en", english);
                params.put("lower", text.toLowerCase(Locale.ROOT));
                match.append(" or public.word_similarity(:lower, lower(s.name_en)) >= 0.45");
                score.append(" + public.word_similarity(:lower, lower(s.name_en))")
                        .append(" + (case when lower(s.name_en) = :lower then 2 else 0 end)");
            }
            if (!chinese.isEmpty()) {
                params.put("zh", chinese);
                match.append(" or strpos(s.name_zh, :zh) > 0");
                score.append(" + (case when s.name_zh = :zh then 2 when strpos(s.name_zh, :zh) > 0 then 1 else 0 end)");
            }
            where.append(" and (").append(match).append(')');
            rank = score.toString();
        }
        String from = " from citizen.gov_service s join citizen.department d on d.id = s.department_id";
        Query count = em.createNativeQuery("select count(*)" + from + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return new Hits(List.of(), 0);
        }
        String order = (rank == null ? "" : rank + " desc, ") + "d.sort_order, s.code";
        Query select = em.createNativeQuery(
                "select s.id" + from + where + " order by " + order + " limit :limit offset :offset");
        params.forEach(select::setParameter);
        select.setParameter("limit", page.size());
        select.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Number> ids = select.getResultList();
        return new Hits(ids.stream().map(Number::longValue).toList(), total);
    }

    private static String tsquery(boolean english, boolean chinese) {
        if (english && chinese) {
            return "(to_tsquery('english', :en) && platform.cjk_query(:zh))";
        }
        if (english) {
            return "to_tsquery('english', :en)";
        }
        if (chinese) {
            return "platform.cjk_query(:zh)";
        }
        return null;
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
