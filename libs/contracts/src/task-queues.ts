/** The task queue every Prongsai workflow and activity runs on. */
export const PRONGSAI_TASK_QUEUE = 'prongsai';
