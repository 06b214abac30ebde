import { enApp } from './app-index';
import { cli } from './cli';
import { report } from './report';

export const en = { ...enApp, cli, report };
