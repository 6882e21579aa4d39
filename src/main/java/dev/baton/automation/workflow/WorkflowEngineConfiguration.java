package dev.baton.automation.workflow;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import javax.sql.DataSource;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.DelegateExpressionFieldInjectionMode;
import org.flowable.spring.ProcessEngineFactoryBean;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Flowable's process engine, and nothing more of Flowable: on Baton's DataSource and transaction
 * manager (an engine call joins the caller's transaction), its schema created and updated by the
 * engine itself, Baton's clock, history at the audit level, and the async executor on for timers
 * and actions. The IDM engine and the event registry are off: Baton has its own users and events.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowEngineConfiguration {

    /** The beans the compiled models name in their expressions. */
    static final Set<String> EXPOSED = Set.of(WorkflowCompiler.ACTIONS, WorkflowCompiler.GATES, WorkflowCompiler.TIME,
            WorkflowCompiler.TASKS, WorkflowCompiler.ESCALATION);

    @Bean
    @DependsOnDatabaseInitialization
    SpringProcessEngineConfiguration processEngineConfiguration(DataSource dataSource, PlatformTransactionManager transactions,
            Clock clock, ApplicationContext context, @Value("${baton.workflows.poll:10s}") Duration poll) {
        SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactions);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setCreateDiagramOnDeploy(false);
        // ids that several nodes can make without a shared counter row
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setClock(new EngineClock(clock));
        configuration.setDelegateExpressionFieldInjectionMode(DelegateExpressionFieldInjectionMode.DISABLED);
        configuration.setBeans(new ExposedBeans(context, EXPOSED));
        configuration.setAsyncExecutorActivate(true);
        configuration.getAsyncExecutorConfiguration().setDefaultTimerJobAcquireWaitTime(poll);
        configuration.getAsyncExecutorConfiguration().setDefaultAsyncJobAcquireWaitTime(poll);
        return configuration;
    }

    @Bean
    ProcessEngineFactoryBean workflowEngine(SpringProcessEngineConfiguration processEngineConfiguration) {
        ProcessEngineFactoryBean factory = new ProcessEngineFactoryBean();
        factory.setProcessEngineConfiguration(processEngineConfiguration);
        return factory;
    }

    @Bean
    RepositoryService workflowRepository(ProcessEngine engine) {
        return engine.getRepositoryService();
    }

    @Bean
    RuntimeService workflowRuntime(ProcessEngine engine) {
        return engine.getRuntimeService();
    }

    @Bean
    TaskService workflowTaskService(ProcessEngine engine) {
        return engine.getTaskService();
    }

    @Bean
    HistoryService workflowHistory(ProcessEngine engine) {
        return engine.getHistoryService();
    }
}
