import type Database from 'better-sqlite3';
import { mergePeople, type OfficialRef } from './merge-people.js';

/**
 * Rebuilds `people` and `person_offices` from every official in the database and points the person_id
 * columns at them. Run inside a transaction; the people are numbered in name order, so the same set of
 * documents always gives the same rows, whatever order they were loaded in.
 */
export function rebuildPeople(db: Database.Database): void {
  const officials = db.prepare('SELECT id, name, country FROM officials ORDER BY id').all() as OfficialRef[];
  const people = mergePeople(officials);
  db.pragma('defer_foreign_keys = ON');
  db.exec('DELETE FROM person_offices; DELETE FROM people;');
  const insertPerson = db.prepare("INSERT INTO people (id, name, country, aliases, documents, mentions) VALUES (?, ?, ?, ?, 0, 0)");
  const setPerson = db.prepare('UPDATE officials SET person_id = ? WHERE id = ?');
  people.forEach((p, i) => {
    insertPerson.run(i + 1, p.name, p.country, JSON.stringify(p.aliases));
    for (const o of p.officials) setPerson.run(i + 1, o);
  });
  db.exec(`
    UPDATE person_mentions SET person_id = (SELECT person_id FROM officials o WHERE o.id = official_id);
    UPDATE event_people SET person_id = (SELECT person_id FROM officials o WHERE o.id = official_id);
    UPDATE quotes SET person_id = (SELECT person_id FROM officials o WHERE o.id = official_id);
    UPDATE people SET
      documents = (SELECT COUNT(DISTINCT document_id) FROM officials o WHERE o.person_id = people.id),
      mentions = (SELECT COUNT(*) FROM person_mentions m WHERE m.person_id = people.id),
      first_seen = (SELECT MIN(d.published) FROM officials o JOIN documents d ON d.id = o.document_id WHERE o.person_id = people.id),
      last_seen = (SELECT MAX(d.published) FROM officials o JOIN documents d ON d.id = o.document_id WHERE o.person_id = people.id);
    INSERT INTO person_offices (person_id, title, portfolio, country, first_seen, last_seen, documents)
      SELECT o.person_id, o.title, o.portfolio, o.country, MIN(d.published), MAX(d.published), COUNT(DISTINCT o.document_id)
      FROM officials o JOIN documents d ON d.id = o.document_id
      WHERE o.title IS NOT NULL OR o.portfolio IS NOT NULL
      GROUP BY o.person_id, o.title, o.portfolio, o.country
      ORDER BY o.person_id, MIN(d.published), o.title, o.portfolio, o.country;
  `);
}
