import { describe, expect, it } from 'vitest';
import { mysqlRowCounter } from './mysql-rows';

/** Feeds `text` to a counter in chunks of `size` bytes (cuts anywhere, quotes included). */
function count(text: string, size: number) {
  const counter = mysqlRowCounter();
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) counter.write(bytes.subarray(at, at + size));
  return counter.result();
}

const DUMP = [
  'DROP TABLE IF EXISTS `empty`;',
  'CREATE TABLE `empty` (',
  '  `id` int(11) DEFAULT NULL',
  ') ENGINE=InnoDB;',
  'CREATE TABLE `we``ird` (',
  '  `id` int(11) NOT NULL',
  ') ENGINE=InnoDB;',
  // MariaDB 10.11: a row a line; text holding quotes, parentheses, semicolons and newlines.
  'INSERT INTO `we``ird` VALUES',
  "(1,'a\\'b'),",
  "(2,'c),(d;'),",
  "(3,'x''y\\\\'),",
  '(4,0x28293B,NULL);',
  // Older servers: extended inserts on one line.
  'INSERT INTO `empty` VALUES (1),(2),(3);',
  'DELIMITER ;;',
  '/*!50003 CREATE*/ /*!50003 TRIGGER `t` BEFORE INSERT ON `we``ird` FOR EACH ROW',
  'INSERT INTO `empty` VALUES (42) */;;',
  'DELIMITER ;',
  '',
].join('\n');

describe('mysqlRowCounter', () => {
  it('counts the rows of each table of a dump, whatever the chunk boundaries', () => {
    for (const size of [1, 2, 3, 7, 64, 100_000]) {
      expect(count(DUMP, size)).toEqual({ rowCounts: { empty: 3, 'we`ird': 4 } });
    }
  });

  it('says when the dump ends inside an INSERT instead of guessing', () => {
    expect(count("CREATE TABLE `t` (\n) ;\nINSERT INTO `t` VALUES (1,'a", 5)).toEqual({
      rowCounts: {},
      rowCountsUnavailable: 'the dump ended inside an INSERT statement',
    });
  });
});
