package city.citizen.internal.mycity;

import city.citizen.api.MyCityItem;
import city.citizen.api.MyCitySection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * A citizen's "my city": every module's section read at once on worker threads, each within the budget (300 ms by
 * default); a section that fails or is late is answered as unavailable and the others still come.
 */
@ApplicationScoped
public class MyCity {

    private static final Logger LOG = Logger.getLogger(MyCity.class);

    /** A section as read for one citizen: its lines, or unavailable. */
    public record Section(
            String key, String titleZh, String titleEn, String href, boolean available, List<MyCityItem> items) {}

    private final Instance<MyCitySection> sections;
    private final Duration budget;
    private final ThreadPoolExecutor readers;

    MyCity(Instance<MyCitySection> sections, MyCityConfig config) {
        this.sections = sections;
        this.budget = config.sectionBudget();
        AtomicInteger n = new AtomicInteger();
        this.readers = new ThreadPoolExecutor(
                config.readers(), config.readers(), 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "my-city-reader-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        readers.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    public List<Section> of(String subject) {
        List<MyCitySection> all = sections.stream()
                .sorted(Comparator.comparingInt((MyCitySection s) -> s.heading().order())
                        .thenComparing(s -> s.heading().key()))
                .toList();
        List<CompletableFuture<List<MyCityItem>>> reads = new ArrayList<>();
        for (MyCitySection s : all) {
            reads.add(CompletableFuture.supplyAsync(() -> s.items(subject), readers));
        }
        long deadline = System.nanoTime() + budget.toNanos();
        List<Section> answer = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            MyCitySection.Heading s = all.get(i).heading();
            List<MyCityItem> items = null;
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                items = reads.get(i).get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                LOG.infof("my city: section %s took longer than %s", s.key(), budget);
                reads.get(i).cancel(false);
            } catch (ExecutionException e) {
                LOG.warnf(e.getCause(), "my city: section %s failed", s.key());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer.add(new Section(
                    s.key(), s.titleZh(), s.titleEn(), s.href(), items != null, items == null ? List.of() : items));
        }
        return answer;
    }
}
