#!/usr/bin/env node
import { Command } from 'commander';
import { STATION_VERSION } from '../core/version';
import { registerAdminCommands } from './commands/adminCommands';
import { registerDemoCommand } from './commands/demoCommand';
import { registerDevicesCommand } from './commands/devicesCommand';
import { registerDigitizeCommand } from './commands/digitizeCommand';
import { registerDossierCommands } from './commands/dossierCommands';
import { registerImportExportCommands } from './commands/importExportCommands';
import { registerProfileCommands } from './commands/profileCommands';
import { registerUiCommand } from './commands/uiCommand';
import { EXIT } from './output';

/** Headless entry: the same core and router as the desktop app, for automation, support and tests. */
const program = new Command('station')
  .description('Trạm Số hóa — dòng lệnh (headless station)')
  .version(STATION_VERSION)
  .option('--data-dir <dir>', 'thư mục dữ liệu của trạm (hoặc biến STATION_DATA_DIR)')
  .option('--json', 'in kết quả dạng JSON trên stdout (cho script)')
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.invalidInput);
  });

registerDemoCommand(program);
registerDossierCommands(program);
registerImportExportCommands(program);
registerDevicesCommand(program);
registerDigitizeCommand(program);
registerAdminCommands(program);
registerProfileCommands(program);
registerUiCommand(program);

void program.parseAsync(process.argv);
