package dev.baton.platform.db;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each module keeps its migrations in {@code db/migration/<module>} with its own history table,
 * so modules number their versions independently. Modules migrate in dependency order.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

    /** Every module with migrations, in the order they run: a module after those it refers to. */
    static final List<String> MODULES = List.of("platform", "identity", "contacts", "activities", "segments", "tasks", "deals", "marketing", "processes", "automation");

    @Bean
    FlywayMigrationStrategy migrateEveryModule() {
        return flyway -> MODULES.forEach(module -> Flyway.configure(flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration())
                .locations("classpath:db/migration/" + module)
                .table("flyway_history_" + module)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate());
    }
}
