import { DefaultLogger, Runtime } from '@temporalio/worker';

// Worker start/stop lines at INFO bury the test report; warnings and errors still show.
Runtime.install({ logger: new DefaultLogger('WARN') });
