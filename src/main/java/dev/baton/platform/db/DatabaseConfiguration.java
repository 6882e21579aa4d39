package dev.baton.platform.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariDataSource;

import dev.baton.platform.BatonProperties;

/** The embedded PostgreSQL unless BATON_DB_URL names an external one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    EmbeddedPostgresServer embeddedPostgres(BatonProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(BatonProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        EmbeddedPostgresServer server = embedded.getIfAvailable();
        if (server != null) {
            dataSource.setJdbcUrl(server.jdbcUrl());
            dataSource.setUsername(server.user());
        } else {
            BatonProperties.Db db = properties.db();
            dataSource.setJdbcUrl(db.url());
            dataSource.setUsername(db.user());
            dataSource.setPassword(db.password());
        }
        dataSource.setPoolName("baton");
        dataSource.setMaximumPoolSize(properties.db() == null ? 20 : properties.db().poolSize());
        return dataSource;
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("baton.db.url", "");
            return url.isBlank();
        }
    }
}
