import type { Endpoint } from '../../types';
import databaseRecordsDelete from './database-records-delete';
import databaseRecordsInsert from './database-records-insert';
import databaseRecordsQuery from './database-records-query';
import databaseRecordsUpdate from './database-records-update';
import databaseTasksRetrieve from './database-tasks-retrieve';
import databasesCreate from './databases-create';
import databasesDelete from './databases-delete';
import databasesList from './databases-list';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  databaseRecordsDelete,
  databaseRecordsInsert,
  databaseRecordsQuery,
  databaseRecordsUpdate,
  databaseTasksRetrieve,
  databasesCreate,
  databasesDelete,
  databasesList,
] as const satisfies readonly Endpoint[];

export default endpoints;
