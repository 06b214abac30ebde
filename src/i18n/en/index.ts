import { enExtra } from './app-extra';
import { enApp } from './app-index';
import { cli } from './cli';
import { report } from './report';

export const en = { ...enApp, ...enExtra, cli, report };
