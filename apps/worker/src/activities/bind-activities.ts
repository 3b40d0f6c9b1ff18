type ActivityFunction = (...args: never[]) => Promise<unknown>;

/**
 * Collects the public methods of activity services into the plain object Temporal expects, each
 * bound to its service so the services keep their injected dependencies.
 */
export function bindActivities(services: object[]): Record<string, ActivityFunction> {
  const activities: Record<string, ActivityFunction> = {};
  for (const service of services) {
    const prototype = Object.getPrototypeOf(service) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const member = prototype[name];
      if (name === 'constructor' || typeof member !== 'function') continue;
      if (name in activities) throw new Error(`activity ${name} is defined twice`);
      activities[name] = (member as ActivityFunction).bind(service);
    }
  }
  return activities;
}
