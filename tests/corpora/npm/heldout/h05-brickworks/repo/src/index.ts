export { default as coursesFor, bricksPerCourse, JOINT_MM, STANDARD, type Brick } from './courses';
export { bricksFor, palletsFor, type Wall } from './wall';
